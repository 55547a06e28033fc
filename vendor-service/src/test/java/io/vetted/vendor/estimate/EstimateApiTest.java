package io.vetted.vendor.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.vetted.vendor.offer.OfferRequest;
import io.vetted.vendor.offer.PriceUnit;
import io.vetted.vendor.offer.PricingModel;
import io.vetted.vendor.provider.CreateProviderRequest;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimateApiTest implements PostgresTest {

    @Inject
    EstimateClient estimates;

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    UUID provider;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void createProvider() {
        var base = Providers.agency("Parc Géré", "Grenoble", Specialty.HARDWARE);
        provider = Providers.published(
                        providers,
                        new CreateProviderRequest(
                                base.name(),
                                base.kind(),
                                base.deliveryModes(),
                                base.city(),
                                base.specialties(),
                                "",
                                List.of(
                                        offer("À l'heure", PricingModel.HOURLY, null, "60"),
                                        offer("Par poste", PricingModel.MONTHLY_FIXED, PriceUnit.PER_DEVICE, "30"),
                                        offer("Forfait", PricingModel.MONTHLY_FIXED, PriceUnit.FLAT, "500"),
                                        offer("Déplacement", PricingModel.PER_INTERVENTION, null, "90"),
                                        new OfferRequest("Migration", PricingModel.PROJECT, null)),
                                null,
                                null,
                                Providers.newSiren(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                .id();
    }

    @Test
    void pricesEachOfferForTheFleetAndShowsTheWorking() {
        var found = estimates
                .estimate(new EstimateCriteria(List.of(provider), 10, 12, 2, 5, null))
                .providers()
                .get(0);

        assertThat(found.offers())
                .extracting(EstimateResponse.OfferEstimate::basis)
                .containsExactlyInAnyOrder("HOURS", "DEVICES", "FLAT", "INTERVENTIONS", "QUOTE");
        assertThat(basis(found, "HOURS").monthlyEur()).isEqualByComparingTo("300");
        assertThat(basis(found, "DEVICES").quantity()).isEqualTo(14);
        assertThat(basis(found, "DEVICES").monthlyEur()).isEqualByComparingTo("420");
        assertThat(basis(found, "FLAT").monthlyEur()).isEqualByComparingTo("500");
        assertThat(basis(found, "QUOTE").monthlyEur()).isNull();
        // the call-out fee (270) is the cheapest line, yet no buyer could pay only that: the total combines
        assertThat(found.plan().monthlyEur()).isEqualByComparingTo("690");
    }

    @Test
    void countsOneInterventionPerStartedTwoHours() {
        var found = estimates.estimate(new EstimateCriteria(List.of(provider), 0, 0, 0, 5, null));

        assertThat(found.fleet().interventions()).isEqualTo(3);
        assertThat(basis(found.providers().get(0), "INTERVENTIONS").monthlyEur())
                .isEqualByComparingTo("270");
    }

    @Test
    void rejectsMoreThanFourProvidersWith400NamingTheParameter() {
        String five = "provider="
                + String.join(
                        "&provider=",
                        List.of(
                                provider.toString(),
                                UUID.randomUUID().toString(),
                                UUID.randomUUID().toString(),
                                UUID.randomUUID().toString(),
                                UUID.randomUUID().toString()));

        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/estimates?" + five)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "provider"));
    }

    @Test
    void rejectsMoreCallOutsThanAMonthCanHoldWith400NamingTheParameter() {
        assertThatThrownBy(() -> http.toBlocking()
                        .retrieve(HttpRequest.GET("/api/estimates?provider=" + provider + "&interventions=373")))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "interventions"));
    }

    @Test
    void answers404ForADraft() {
        UUID draft;
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            draft = providers
                    .create(Providers.freelance("Brouillon", "Lyon", Specialty.HELPDESK))
                    .body()
                    .id();
        }

        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/estimates?provider=" + draft)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    private static EstimateResponse.OfferEstimate basis(EstimateResponse.ProviderEstimate estimate, String basis) {
        return estimate.offers().stream()
                .filter(o -> o.basis().equals(basis))
                .findFirst()
                .orElseThrow();
    }

    private static OfferRequest offer(String title, PricingModel model, PriceUnit unit, String price) {
        return new OfferRequest(title, model, new BigDecimal(price), unit, null, null, null, null);
    }
}
