package io.vetted.web.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A client writing a reference sees a form in numbered parts, their company filled in, and the daily limit. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceFormPageTest implements ServicesTest {

    private static final String AUTHOR = "5e4d3c2b-7777-4a5b-8c9d-0e1f2a3b4c5d";
    private static final String PROVIDER = "9a8b7c6d-1111-4e2f-8a3b-4c5d6e7f8a9b";
    private static final String FORM = "/providers/" + PROVIDER + "/references/new";
    private static final String CREATE = "/api/providers/" + PROVIDER + "/references";

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .emptySearch()
            .answer(
                    "/api/providers/" + PROVIDER,
                    "{\"id\":\"" + PROVIDER + "\",\"ownerAccountId\":\"" + AUTHOR + "\",\"name\":\"Agence Réseau\","
                            + "\"kind\":\"AGENCY\",\"version\":1,\"status\":\"PUBLISHED\",\"city\":\"Lyon\","
                            + "\"description\":\"Infogérance.\",\"specialties\":[],\"offers\":[]}")
            .reply(
                    CREATE,
                    422,
                    "application/problem+json",
                    "{\"status\":422,\"violations\":[{\"field\":\"comment\",\"message\":\"size must be between 10 and 4000\"}]}"
                            .getBytes(StandardCharsets.UTF_8));
    // TestIssuer names an account "Compte " and the start of its id: the name the site greets it by
    private final String accountName = "Compte " + AUTHOR.substring(0, 8);
    private final Cookie session = Cookie.of("__Host-vetted_session", issuer.token(AUTHOR, "SME"));

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(ServicesTest.signedInReadingRedirects());
        properties.put("vetted.references.daily-limit", "4");
        return properties;
    }

    @Test
    void showsTheFormInNumberedPartsEachAFieldsetWithItsLegend() {
        assertThat(form("en"))
                .contains("data-testid=\"form-steps\"", "The form in 5 steps")
                .contains("<fieldset class=\"form-part\" id=\"section-company\">")
                .contains("<fieldset class=\"form-part\" id=\"section-words\">")
                .contains("<span class=\"form-step\">Step 1 of 5</span> Your company</legend>")
                .contains("<span class=\"form-step\">Step 3 of 5</span> Your ratings</legend>")
                .contains("<span class=\"form-step\">Step 5 of 5</span> In your words</legend>")
                .contains("Everything is required except the SIREN");
    }

    @Test
    void namesTheOptionalFieldsInFrench() {
        assertThat(form("fr"))
                .contains("<span class=\"form-step\">Étape 2 sur 5</span> La mission</legend>")
                .contains("Tout est obligatoire sauf le SIREN, la date de fin, le coût mensuel");
    }

    @Test
    void prefillsTheCompanyWithTheSignedInClientsName() {
        assertThat(form("en"))
                .contains("id=\"companyName\" name=\"companyName\" type=\"text\" maxlength=\"160\" value=\""
                        + accountName + "\"");
    }

    @Test
    void leavesContactConsentUntickedUntilTheClientTicksIt() {
        assertThat(form("en"))
                .contains("name=\"contactAllowed\" id=\"contactAllowed\" value=\"on\">")
                .doesNotContain("id=\"contactAllowed\" value=\"on\" checked");
    }

    @Test
    void statesTheDailyLimitBeforeTheClientWritesInEnglish() {
        assertThat(form("en"))
                .contains("data-testid=\"daily-limit\">You can publish up to 4 references in 24 hours.</p>");
    }

    @Test
    void statesTheDailyLimitBeforeTheClientWritesInFrench() {
        assertThat(form("fr"))
                .contains(
                        "data-testid=\"daily-limit\">Vous pouvez publier jusqu’à 4 références par période de 24 heures.</p>");
    }

    @Test
    void keepsTheCompanyTheClientTypedWhenTheReferenceIsRefused() {
        HttpResponse<String> page = http.toBlocking()
                .exchange(HttpRequest.GET(FORM).header("Accept-Language", "en").cookie(session), String.class);
        String token = CsrfToken.of(page);
        var post = HttpRequest.POST(
                        "/providers/" + PROVIDER + "/references",
                        "csrfToken=" + token + "&companyName=Boulangerie+Martin&comment=short")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en")
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains(
                                    "name=\"companyName\" type=\"text\" maxlength=\"160\" value=\"Boulangerie Martin\"")
                            .doesNotContain("value=\"" + accountName + "\"")
                            .contains("id=\"comment-error\"");
                });
    }

    private String form(String language) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET(FORM)
                        .header("Accept-Language", language)
                        .cookie(session));
    }
}
