package io.vetted.web.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** "Providers for my needs" shows buyer-service's ranking as it is, each with its match sheet and cost, FR and EN. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingPageTest implements ServicesTest {

    private static final String SME = "7f0e4f6c-5555-4c1c-9a4e-3f9d2b1a0c03";
    private static final String MATCHES = "{\"requirementsSaved\":true,"
            + "\"assumptions\":{\"users\":10,\"workstations\":12,\"servers\":2,\"hours\":3,\"interventions\":1},"
            + "\"matches\":[{\"rank\":1,\"providerId\":\"5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e70\",\"name\":\"Alpha\","
            + "\"city\":\"Lyon\",\"score\":{\"meets\":1,\"partly\":1,\"doesNot\":1},\"lines\":["
            + "{\"requirement\":\"CRITICAL_RESPONSE\",\"verdict\":\"PARTLY\",\"required\":\"120\",\"actual\":\"240\"},"
            + "{\"requirement\":\"CERTIFICATION\",\"subject\":\"ISO_27001\",\"verdict\":\"MEETS\","
            + "\"required\":\"VERIFIED_ONLY\",\"actual\":\"VERIFIED\"},"
            + "{\"requirement\":\"SUBCONTRACTING\",\"verdict\":\"DOES_NOT\",\"required\":\"NONE\",\"actual\":\"true\"}],"
            + "\"cost\":{\"kind\":\"FIXED_FEE\",\"monthlyEur\":690,\"yearlyEur\":8280,\"unpriced\":[],\"lines\":["
            + "{\"title\":\"Par poste\",\"basis\":\"DEVICES\",\"quantity\":14,\"unitPriceEur\":30,\"monthlyEur\":420,"
            + "\"reason\":\"FIXED_FEE_FOR_FLEET\"},{\"title\":\"Déplacement\",\"basis\":\"INTERVENTIONS\",\"quantity\":3,"
            + "\"unitPriceEur\":90,\"monthlyEur\":270,\"reason\":\"CALL_OUTS_OUTSIDE_FIXED_FEE\"}]}}]}";

    private final FakeServices services = new FakeServices().emptySearch().answer("/api/buyer/matches", MATCHES);
    private final Cookie session =
            Cookie.of("__Host-vetted_session", TestIssuer.shared().token(SME, "SME"));

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
    void showsEachProviderWithItsMatchSheetAndItsTotalCostInFrench() {
        String page = get("fr");

        assertThat(page)
                .contains("Prestataires pour vos besoins")
                .contains("Réponse à un incident critique : 240 min, pour 120 min au plus demandées.")
                .contains("ISO 27001 (vérifiée exigée) : vérifiée par Vetted.")
                .contains("Sous-traitance : vous n’en voulez pas, et ce prestataire sous-traite.")
                .contains("690\u00a0€ par mois, soit 8\u202f280\u00a0€ par an (HT)")
                .contains("Déplacement : 3 interventions × 90\u00a0€ = 270\u00a0€");
    }

    @Test
    void explainsTheRankingRuleInPlainEnglishAndThatPaymentPlaysNoPart() {
        String page = get("en");

        assertThat(page)
                .contains("How this ranking works")
                .contains("First, the number of requirements fully met")
                .contains("No provider can pay to rank higher")
                .contains("Critical incident response: 240 min, against 120 min at most required.")
                .contains("€690 a month, €8,280 a year (excl. VAT)");
    }

    @Test
    void callsBuyerServiceAsTheSignedInSme() {
        get("en");

        assertThat(services.callsTo("/api/buyer/matches"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.authorization()).startsWith("Bearer "));
    }

    @Test
    void withoutSavedRequirementsLinksToTheRequirementsPage() {
        services.answer(
                "/api/buyer/matches",
                "{\"requirementsSaved\":false,\"assumptions\":{\"users\":0,"
                        + "\"workstations\":0,\"servers\":0,\"hours\":1,\"interventions\":0},\"matches\":[]}");
        try {
            assertThat(get("en"))
                    .contains("You have not saved your requirements yet")
                    .contains("href=\"/my/requirements\"");
        } finally {
            services.answer("/api/buyer/matches", MATCHES);
        }
    }

    private String get(String language) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/my/matches")
                        .header("Accept-Language", language)
                        .cookie(session));
    }
}
