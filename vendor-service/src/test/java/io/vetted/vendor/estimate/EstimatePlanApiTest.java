package io.vetted.vendor.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A provider's total for the fleet combines a fixed fee with the extras it excludes, with the working shown. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstimatePlanApiTest implements PostgresTest {

    @Inject
    EstimateClient estimates;

    @Inject
    ProviderClient providers;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void addsTheCallOutsAFixedFeeExcludesAndGivesTheYear() {
        UUID id = published(
                "Forfait et déplacements",
                offer("Par poste", PricingModel.MONTHLY_FIXED, PriceUnit.PER_DEVICE, "30"),
                offer("Forfait", PricingModel.MONTHLY_FIXED, PriceUnit.FLAT, "500"),
                offer("Déplacement", PricingModel.PER_INTERVENTION, null, "90"));

        var plan = planOf(id, 12, 2, 5, null);

        assertThat(plan.kind()).isEqualTo("FIXED_FEE");
        assertThat(plan.lines())
                .extracting(EstimateResponse.PlanLine::reason, EstimateResponse.PlanLine::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FIXED_FEE_FOR_FLEET", 14),
                        org.assertj.core.groups.Tuple.tuple("CALL_OUTS_OUTSIDE_FIXED_FEE", 3));
        assertThat(plan.monthlyEur()).isEqualByComparingTo("690");
        assertThat(plan.yearlyEur()).isEqualByComparingTo("8280");
        assertThat(plan.otherOfferIds()).hasSize(1);
    }

    @Test
    void takesTheCallOutsTheBuyerGaveInsteadOfDerivingThemFromHours() {
        UUID id = published(
                "Forfait seul et déplacements",
                offer("Forfait", PricingModel.MONTHLY_FIXED, PriceUnit.FLAT, "500"),
                offer("Déplacement", PricingModel.PER_INTERVENTION, null, "90"));

        var found = estimates.estimate(new EstimateCriteria(List.of(id), 5, 5, 0, 8, 1));

        assertThat(found.fleet().interventions()).isEqualTo(1);
        assertThat(found.fleet().interventionsGiven()).isTrue();
        assertThat(found.providers().get(0).plan().monthlyEur()).isEqualByComparingTo("590");
    }

    @Test
    void billsCallOutsByTheHourWhenTheProviderHasNoCallOutFee() {
        UUID id = published(
                "Forfait et heures",
                offer("Par utilisateur", PricingModel.MONTHLY_FIXED, PriceUnit.PER_SEAT, "40"),
                offer("Heure", PricingModel.HOURLY, null, "70"));

        var plan = planOf(id, 10, 0, 3, null);

        assertThat(plan.lines())
                .extracting(EstimateResponse.PlanLine::reason, EstimateResponse.PlanLine::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FIXED_FEE_FOR_FLEET", 10),
                        org.assertj.core.groups.Tuple.tuple("CALL_OUTS_BILLED_BY_THE_HOUR", 4));
        assertThat(plan.monthlyEur()).isEqualByComparingTo("680");
    }

    @Test
    void withoutAFixedFeeAddsHoursAndCallOutFees() {
        UUID id = published(
                "Technicien",
                offer("Heure", PricingModel.HOURLY, null, "55"),
                offer("Déplacement", PricingModel.PER_INTERVENTION, null, "40"));

        var plan = planOf(id, 10, 1, 3, null);

        assertThat(plan.kind()).isEqualTo("ON_DEMAND");
        assertThat(plan.monthlyEur()).isEqualByComparingTo("245");
        assertThat(plan.yearlyEur()).isEqualByComparingTo("2940");
    }

    @Test
    void saysWhatItCannotPriceRatherThanGivingALowTotal() {
        UUID fixedOnly = published(
                "Forfait sans déplacement", offer("Forfait", PricingModel.MONTHLY_FIXED, PriceUnit.FLAT, "300"));
        UUID quoteOnly = published("Sur devis", new OfferRequest("Projet", PricingModel.PROJECT, null));

        var fixed = planOf(fixedOnly, 5, 0, 2, null);
        var quote = planOf(quoteOnly, 5, 0, 2, null);

        assertThat(fixed.unpriced()).containsExactly("CALL_OUTS");
        assertThat(fixed.monthlyEur()).isEqualByComparingTo("300");
        assertThat(quote.kind()).isEqualTo("QUOTE_ONLY");
        assertThat(quote.monthlyEur()).isNull();
        assertThat(quote.yearlyEur()).isNull();
    }

    private EstimateResponse.Plan planOf(UUID id, int workstations, int servers, int hours, Integer interventions) {
        return estimates
                .estimate(new EstimateCriteria(List.of(id), workstations, workstations, servers, hours, interventions))
                .providers()
                .get(0)
                .plan();
    }

    private UUID published(String name, OfferRequest... offers) {
        var base = Providers.agency(name, "Lyon", Specialty.HELPDESK);
        return Providers.published(
                        providers,
                        new CreateProviderRequest(
                                base.name(),
                                base.kind(),
                                base.deliveryModes(),
                                base.city(),
                                base.specialties(),
                                "",
                                List.of(offers),
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

    private static OfferRequest offer(String title, PricingModel model, PriceUnit unit, String price) {
        return new OfferRequest(title, model, new BigDecimal(price), unit, null, null, null, null);
    }
}
