package io.vetted.vendor.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void createsAProfileOwnedByTheSignedInProvider() {
        var owner = TestIssuer.shared().account("PROVIDER");
        try (var ignored = BearerToken.as(owner)) {
            var response = providers.create(Providers.agency("Infogérance Lyon", "Lyon", Specialty.HELPDESK));

            assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
            ProviderResponse created = response.body();
            assertThat(created.ownerAccountId()).hasToString(owner.id());
            assertThat(created.deliveryModes()).containsExactlyInAnyOrder(DeliveryMode.REMOTE, DeliveryMode.ON_SITE);
            assertThat(created.offers()).singleElement().satisfies(offer -> {
                assertThat(offer.pricingModel()).isEqualTo(PricingModel.MONTHLY_FIXED);
                assertThat(offer.priceEur()).isEqualByComparingTo("490");
            });
            assertThat(created.reputation().referenceCount()).isZero();
            assertThat(providers.get(created.id()).name()).isEqualTo("Infogérance Lyon");
            assertThat(providers.mine().id()).isEqualTo(created.id());
        }
    }

    @Test
    void refusesASecondProfileForTheSameAccountWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            providers.create(Providers.freelance("Premier", "Nantes", Specialty.NETWORKS));

            assertThatThrownBy(() -> providers.create(Providers.freelance("Second", "Nantes", Specialty.NETWORKS)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void answers401WithoutAToken() {
        assertThatThrownBy(() -> providers.create(Providers.freelance("Anonyme", "Paris", Specialty.HELPDESK)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void answers401ForAnExpiredToken() {
        String expired = TestIssuer.shared().expiredToken(UUID.randomUUID().toString(), "PROVIDER");
        try (var ignored = BearerToken.as(expired)) {
            assertThatThrownBy(() -> providers.create(Providers.freelance("Expiré", "Paris", Specialty.HELPDESK)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
        }
    }

    @Test
    void answers403ToAnSmeAccount() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> providers.create(Providers.freelance("PME", "Paris", Specialty.HELPDESK)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void rejectsANegativePriceWith400NamingTheField() {
        var body = Map.of("name", "Prix négatif", "kind", "FREELANCE", "deliveryModes", List.of("REMOTE"),
                "city", "Paris", "specialties", List.of("HELPDESK"),
                "offers", List.of(Map.of("title", "Heure", "pricingModel", "HOURLY", "priceEur", new BigDecimal("-5"))));

        assertThatThrownBy(() -> postAsProvider(body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "offers[0].priceEur"));
    }

    @Test
    void rejectsAnUnknownSpecialtyWith400NamingTheField() {
        var body = Map.of("name", "Inconnu", "kind", "FREELANCE", "deliveryModes", List.of("REMOTE"),
                "city", "Paris", "specialties", List.of("ASTROLOGY"),
                "offers", List.of(Map.of("title", "Heure", "pricingModel", "HOURLY", "priceEur", 50)));

        assertThatThrownBy(() -> postAsProvider(body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "specialties[0]"));
    }

    @Test
    void rejectsAProfileWithoutOffersWith400NamingTheField() {
        var body = Map.of("name", "Sans offre", "kind", "AGENCY", "deliveryModes", List.of("ON_SITE"),
                "city", "Lille", "specialties", List.of("NETWORKS"), "offers", List.of());

        assertThatThrownBy(() -> postAsProvider(body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "offers"));
    }

    @Test
    void answers404ForAnUnknownProvider() {
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/" + UUID.randomUUID()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void answers400ForAMalformedProviderId() {
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/not-a-uuid"))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    private void postAsProvider(Map<String, ?> body) {
        http.toBlocking().exchange(HttpRequest.POST("/api/providers", body)
                .bearerAuth(TestIssuer.shared().account("PROVIDER").token()));
    }
}
