package io.vetted.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import io.vetted.web.SmeVisitor;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableExportPageTest implements ServicesTest {

    private static final String ACCOUNT_ID = "3c1e9a52-7d4b-4f0e-9a61-2b8d5c7e1f10";
    // the shape identity-service gives: its own records, then each service's rows as they are stored
    private static final String EXPORT = """
            {"exportedAt":"2026-11-20T08:30:00Z",
             "account":{"id":"%1$s","email":"claire@biscuiterie.fr","role":"SME","displayName":"Claire",
                        "language":"fr","emailVerified":true,"disabled":false,"createdAt":"2026-03-02T10:00:00Z"},
             "twoFactor":{"enabled":false,"pending":false,"recoveryCodesLeft":0},
             "securityEvents":[{"type":"ACCOUNT_DISABLED","actor":"MODERATOR","detail":"",
                                "occurredAt":"2026-11-19T16:05:00Z"},
                               {"type":"LOGIN_SUCCEEDED","actor":"YOU","clientAddress":"192.0.2.7",
                                "detail":"mailed sign-in link","occurredAt":"2026-11-18T09:00:00Z"}],
             "notifications":{"notifications":[{"kind":"QUOTE","subject":"Réponse à votre demande",
                              "link":"/my/quotes/4f5a6b7c-2222-4d8e-9f0a-1b2c3d4e5f6a"}],"preferences":[{"kind":"QUOTE","delivery":"WEEKLY"}]},
             "providerProfiles":{"ownedProfiles":[],"teamMemberships":[]},
             "references":{"references":[{"id":"9d0e1f2a-1111-4b2c-8d3e-4f5a6b7c8d9e","author_account_id":"%1$s",
                           "rating":5,"comment":"Toujours disponibles.","engagement_mode":"REMOTE",
                           "company_key":"biscuiterie","version":3,"a_column_added_later":"kept"}]},
             "buyerWorkspace":{"shortlists":[{"id":"5e6f7a8b-3333-4c4d-8e9f-0a1b2c3d4e5f","name":"Infogérance",
                               "shared":false,"entries":[{"provider_id":"7a1b2c3d-4444-4e5f-8a9b-0c1d2e3f4a5b",
                               "note":"Rappeler mardi","status":"TO_CONTACT"}]}]}}""".formatted(ACCOUNT_ID);

    private final FakeServices services = new FakeServices().answer("/api/accounts/me/export", EXPORT);

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return ServicesTest.signedInReadingRedirects();
    }

    @Test
    void laysTheExportOutInSectionsWithLabelsAndValuesInTheVisitorsLanguage() {
        var page = SmeVisitor.sme(http).get("/account/data");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h2>Your account</h2>", "<dt>Email address</dt>", "claire@biscuiterie.fr")
                .contains("Small business", "A Vetted moderator", "Remote", "To contact", "A weekly digest")
                .contains("<h3>Provider lists</h3>", "<dt>Providers on the list</dt>", "Rappeler mardi")
                .contains("Nov 20, 2026", "Vetted keeps nothing here.");
    }

    @Test
    void putsFixedPhrasesInWordsAndLinksToThePagesOfThisSite() {
        String body = SmeVisitor.sme(http).get("/account/data").body();

        assertThat(body)
                .contains("Sign-in link sent by email")
                .contains("<a href=\"/my/quotes/4f5a6b7c-2222-4d8e-9f0a-1b2c3d4e5f6a\">Open</a>");
    }

    @Test
    void showsNoIdsOrRowVersionsWhichStayInTheJsonDownload() {
        String body = SmeVisitor.sme(http).get("/account/data").body();

        assertThat(body)
                .doesNotContain(ACCOUNT_ID, "9d0e1f2a-1111", "7a1b2c3d-4444", "biscuiterie\"")
                .doesNotContain("<dt>Version</dt>", "<dt>Company key</dt>")
                .contains("href=\"/account/export\"");
    }

    @Test
    void namesAFieldWithoutATextByItsWordsRatherThanHidingIt() {
        assertThat(SmeVisitor.sme(http).get("/account/data").body()).contains("<dt>A column added later</dt>");
    }

    @Test
    void speaksFrenchToAFrenchVisitor() {
        var request = HttpRequest.GET("/account/data")
                .header("Accept-Language", "fr")
                .cookie(Cookie.of("__Host-vetted_session", TestIssuer.shared().token(ACCOUNT_ID, "SME")));
        String body = http.toBlocking().retrieve(request);

        assertThat(body)
                .contains("<h2>Votre compte</h2>", "<dt>Adresse e-mail</dt>", "Un modérateur de Vetted")
                .contains("20 nov. 2026", "<dt>Adresse confirmée</dt>", "Oui");
    }

    @Test
    void isNeverKeptByACache() {
        var page = SmeVisitor.sme(http).get("/account/data");

        assertThat(page.response().getHeaders().get("Cache-Control")).isEqualTo("no-store");
    }
}
