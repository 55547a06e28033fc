package io.vetted.web.quote;

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

/** What the quote pages show from buyer-service's answers: the flags beside the profile, and no contact before the reveal. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotePagesTest implements ServicesTest {

    private static final String LIST = "0b9f3c4e-1111-4c1c-9a4e-3f9d2b1a0c01";
    private static final String QUOTE = "0b9f3c4e-2222-4c1c-9a4e-3f9d2b1a0c02";
    private static final String ANSWER = """
            {"pricingModel":"MONTHLY_FIXED","monthlyAmountEur":450,"includedServices":"Support à distance",
             "criticalResponseMinutes":240,"afterHours":"NONE","priceChangeNoticeDays":30}""";

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer("/api/buyer/shortlists/" + LIST + "/quote-requests", """
                    {"shortlistId":"%s","quotes":[{"quote":{"id":"%s","shortlistId":"%s",
                     "providerId":"0b9f3c4e-3333-4c1c-9a4e-3f9d2b1a0c03","providerName":"Alpes Infogérance",
                     "message":"Bonjour","status":"ANSWERED","revealed":false,"answer":%s,
                     "createdAt":"2026-12-01T09:00:00Z"},
                     "profile":{"criticalResponseMinutes":60,"afterHours":"ON_CALL","monthlyFromEur":250,
                                "monthlyToEur":300,"priceChangeNoticeDays":90},
                     "contradictions":["SLOWER_CRITICAL_RESPONSE","ABOVE_PUBLISHED_PRICE"]}]}""".formatted(LIST, QUOTE, LIST, ANSWER))
            .answer("/api/quote-inbox/" + QUOTE, """
                    {"id":"%s","company":"Cabinet Lumière","message":"Devis pour dix postes",
                     "requirements":{"fleet":{"users":10,"workstations":12,"servers":1},"departments":["69"]},
                     "status":"OPEN","createdAt":"2026-12-01T09:00:00Z","messages":[]}""".formatted(QUOTE));

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
        properties.put(
                "micronaut.http.services.buyer.url", services.properties().get("micronaut.http.services.vendor.url"));
        return properties;
    }

    @Test
    void theAnswersPageFlagsEachContradictionBesideThePublishedFigures() {
        String page =
                get("/my/shortlists/" + LIST + "/quotes", issuer.token("7f0e4f6c-4444-4c1c-9a4e-3f9d2b1a0c04", "SME"));
        assertThat(page)
                .contains("Alpes Infogérance", "240 min", "60 min")
                .contains("Délai de réponse critique plus long que celui publié")
                .contains("Montant mensuel au-dessus des prix publiés pour votre parc")
                .doesNotContain("Préavis avant un changement de prix plus court");
    }

    @Test
    void theProviderSeesTheCompanyAndNeedsButNoContactBeforeTheReveal() {
        String page = get("/my/quote-inbox/" + QUOTE, issuer.token("7f0e4f6c-5555-4c1c-9a4e-3f9d2b1a0c05", "PROVIDER"));
        assertThat(page)
                .contains("Cabinet Lumière", "Devis pour dix postes", "10 utilisateurs")
                .contains("data-testid=\"contact-hidden\"", "data-testid=\"answer-form\"");
    }

    @Test
    void aMessageWithContactDetailsBeforeTheRevealIsRefusedNextToTheField() {
        services.reply(
                "/api/quote-inbox/" + QUOTE + "/messages",
                422,
                "application/problem+json",
                "{\"status\":422,\"title\":\"Unprocessable Entity\"}".getBytes(StandardCharsets.UTF_8));
        Cookie session =
                Cookie.of("__Host-vetted_session", issuer.token("7f0e4f6c-5555-4c1c-9a4e-3f9d2b1a0c05", "PROVIDER"));
        HttpResponse<String> page = http.toBlocking()
                .exchange(HttpRequest.GET("/my/quote-inbox/" + QUOTE).cookie(session), String.class);
        var post = HttpRequest.POST(
                        "/my/quote-inbox/" + QUOTE + "/messages",
                        "threadBody=Appelez+le+06+12+34+56+78&csrfToken=" + CsrfToken.of(page))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("Retirez l’adresse e-mail ou le numéro de téléphone")
                            .contains("Appelez le 06 12 34 56 78");
                });
    }

    private String get(String path, String token) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET(path).cookie(Cookie.of("__Host-vetted_session", token)), String.class);
    }
}
