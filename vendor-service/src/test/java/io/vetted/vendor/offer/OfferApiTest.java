package io.vetted.vendor.offer;

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
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferApiTest implements PostgresTest {

    @Inject
    OfferClient offers;

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
    void addsAnOfferWithItsTerms() {
        var owned = provider();
        var request = new OfferRequest(
                "Déplacement sur site",
                PricingModel.PER_INTERVENTION,
                new BigDecimal("90"),
                null,
                "Première heure incluse",
                0,
                60,
                null);

        OfferResponse added = as(owned, () -> offers.add(owned.id(), request).body());
        assertThat(added.priceEur()).isEqualByComparingTo("90");
        assertThat(added.included()).isEqualTo("Première heure incluse");
        assertThat(added.priceChangeNoticeDays()).isEqualTo(60);
        assertThat(providers.get(owned.id()).offers()).hasSize(2);
    }

    @Test
    void keepsEveryPriceInTheHistory() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);
        as(owned, () -> offers.update(owned.id(), offer.id(), change(offer.version(), offer.title(), "520", null)));
        OfferResponse renamed = as(
                owned,
                () -> offers.update(owned.id(), offer.id(), change(offer.version() + 1, "Forfait PME", "520", null)));

        assertThat(renamed.priceEur()).isEqualByComparingTo("520");
        assertThat(renamed.priceHistory())
                .extracting(OfferResponse.PricePoint::priceEur)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("490"), new BigDecimal("520"));
        assertThat(renamed.priceHistory().get(1).changePercent()).isEqualByComparingTo("6.1");
    }

    @Test
    void flagsARiseAnnouncedWithLessNoticeThanPromised() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);
        OfferResponse raised = as(
                owned,
                () -> offers.update(
                        owned.id(), offer.id(), change(offer.version(), offer.title(), "588", today().plusDays(10))));

        assertThat(raised.priceEur()).isEqualByComparingTo("490");
        assertThat(raised.upcoming().priceEur()).isEqualByComparingTo("588");
        assertThat(raised.upcoming().noticeDays()).isEqualTo(10);
        assertThat(raised.flags().raisedWithShortNotice()).isTrue();
        assertThat(raised.flags().raisedPercentLast12Months()).isEqualByComparingTo("20.0");
    }

    @Test
    void doesNotFlagARiseAnnouncedWithTheNoticePromised() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);
        OfferResponse raised = as(
                owned,
                () -> offers.update(
                        owned.id(), offer.id(), change(offer.version(), offer.title(), "500", today().plusDays(30))));

        assertThat(raised.flags().raisedWithShortNotice()).isFalse();
        assertThat(raised.flags().raisedPercentLast12Months()).isEqualByComparingTo("2.0");
    }

    @Test
    void refusesAPriceSaidToApplySinceBeforeTheOfferAppearedOnVettedWith422() {
        var owned = provider();
        var backdated = new OfferRequest(
                "Heure", PricingModel.HOURLY, new BigDecimal("60"), null, null, null, 0, today().minusYears(2));

        assertThatThrownBy(() -> as(owned, () -> offers.add(owned.id(), backdated)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "priceSince"));
        OfferResponse added = as(
                owned,
                () -> offers.add(owned.id(), new OfferRequest("Heure", PricingModel.HOURLY, new BigDecimal("60")))
                        .body());
        assertThat(added.onVettedSince()).isEqualTo(today());
        assertThat(added.priceHistory().get(0).effectiveFrom()).isEqualTo(today());
    }

    @Test
    void refusesAPriceChangeBackdatedWith422() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);

        assertThatThrownBy(() -> as(
                        owned,
                        () -> offers.update(
                                owned.id(),
                                offer.id(),
                                change(offer.version(), offer.title(), "400", today().minusDays(1)))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "priceEffectiveFrom"));
    }

    @Test
    void rejectsAnAbsurdRateWith422AndANegativeOneWith400() {
        var owned = provider();

        assertThatThrownBy(() -> as(
                        owned,
                        () -> offers.add(
                                owned.id(), new OfferRequest("Heure", PricingModel.HOURLY, new BigDecimal("5000")))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "priceEur"));
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/providers/" + owned.id() + "/offers",
                                        Map.of("title", "Heure", "pricingModel", "HOURLY", "priceEur", -10))
                                .bearerAuth(owned.owner().token())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "priceEur"));
    }

    @Test
    void quotesAProjectOnRequestAndRefusesAPriceForIt() {
        var owned = provider();

        OfferResponse project = as(
                owned,
                () -> offers.add(owned.id(), new OfferRequest("Migration Microsoft 365", PricingModel.PROJECT, null))
                        .body());
        assertThat(project.priceEur()).isNull();
        assertThat(project.priceHistory()).isEmpty();
        assertThatThrownBy(() -> as(
                        owned,
                        () -> offers.add(
                                owned.id(), new OfferRequest("Projet", PricingModel.PROJECT, new BigDecimal("9000")))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "priceEur"));
    }

    @Test
    void countsAMonthlyFeePerSeatAndRefusesAUnitOnAnHourlyRate() {
        var owned = provider();

        OfferResponse perSeat = as(
                owned,
                () -> offers.add(
                                owned.id(),
                                new OfferRequest(
                                        "Par utilisateur",
                                        PricingModel.MONTHLY_FIXED,
                                        new BigDecimal("35"),
                                        PriceUnit.PER_SEAT,
                                        null,
                                        12,
                                        null,
                                        null))
                        .body());
        assertThat(perSeat.priceUnit()).isEqualTo(PriceUnit.PER_SEAT);
        assertThatThrownBy(() -> as(
                        owned,
                        () -> offers.add(
                                owned.id(),
                                new OfferRequest(
                                        "Heure",
                                        PricingModel.HOURLY,
                                        new BigDecimal("60"),
                                        PriceUnit.PER_SEAT,
                                        null,
                                        null,
                                        null,
                                        null))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "priceUnit"));
    }

    @Test
    void keepsTheLastOfferOfAPublishedProfile() {
        var owned = provider();
        OfferResponse only = owned.profile().offers().get(0);

        assertThatThrownBy(() -> as(owned, () -> offers.withdraw(owned.id(), only.id(), only.version())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "offers"));
        as(owned, () -> offers.add(owned.id(), new OfferRequest("Heure", PricingModel.HOURLY, new BigDecimal("60"))));
        as(owned, () -> offers.withdraw(owned.id(), only.id(), only.version()));
        assertThat(providers.get(owned.id()).offers())
                .extracting(OfferResponse::title)
                .containsExactly("Heure");
    }

    @Test
    void refusesAnotherAccountWith403AndChangesNothing() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(
                            () -> offers.update(owned.id(), offer.id(), change(offer.version(), "Pirate", "1", null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThat(providers.get(owned.id()).offers().get(0).title()).isEqualTo(offer.title());
    }

    @Test
    void refusesAChangeOnAStaleVersionWith409() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);
        as(owned, () -> offers.update(owned.id(), offer.id(), change(offer.version(), "Premier", "490", null)));

        assertThatThrownBy(() -> as(
                        owned,
                        () -> offers.update(owned.id(), offer.id(), change(offer.version(), "Second", "450", null))))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        assertThat(providers.get(owned.id()).offers().get(0).priceHistory()).hasSize(1);
    }

    private Providers.Owned provider() {
        return Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
    }

    private static OfferUpdate change(long version, String title, String price, LocalDate from) {
        return new OfferUpdate(version, title, new BigDecimal(price), from, null, null, null);
    }

    private static <T> T as(Providers.Owned owned, Supplier<T> call) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return call.get();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
