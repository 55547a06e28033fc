package io.vetted.vendor.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.watch.WatchOutbox;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PricePromiseApiTest implements PostgresTest {

    @Inject
    OfferClient offers;

    @Inject
    ProviderClient providers;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void flagsANoticeOfZeroAndARiseInOneEditAsAShortNoticeRise() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);

        OfferResponse raised = as(owned, () -> offers.update(owned.id(), offer.id(), change(offer, "686", 0)));

        assertThat(raised.priceEur()).isEqualByComparingTo("686");
        assertThat(raised.priceHistory().get(1).promisedNoticeDays()).isEqualTo(30);
        assertThat(raised.flags().raisedWithShortNotice()).isTrue();
        assertThat(raised.flags().raisedPercentLast12Months()).isEqualByComparingTo("40.0");
    }

    @Test
    void aRepricingQueuesExactlyOneWatchEventWithTheFiguresAndTheBrokenNotice() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);

        as(owned, () -> offers.update(owned.id(), offer.id(), change(offer, "588", 30)));

        assertThat(WatchOutbox.events(dataSource, owned.id()))
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .contains("\"kind\": \"PRICE_CHANGED\"", "\"offerTitle\": \"" + offer.title() + "\"")
                        .contains("\"oldPriceEur\": 490", "\"newPriceEur\": 588", "\"changePercent\": 20.0")
                        .contains("\"effectiveFrom\": \"" + today() + "\"", "\"noticeDays\": 0")
                        .contains("\"promisedNoticeDays\": 30", "\"noticeKept\": false"));
    }

    @Test
    void aRepricingRefusedForAPastDateQueuesNoWatchEvent() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);
        var backdated = new OfferUpdate(
                offer.version(), offer.title(), new BigDecimal("588"), today().minusDays(1), null, null, 30);

        assertThatThrownBy(() -> as(owned, () -> offers.update(owned.id(), offer.id(), backdated)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "priceEffectiveFrom"));
        assertThat(WatchOutbox.events(dataSource, owned.id())).isEmpty();
    }

    @Test
    void keepsTheOldNoticeOwedUntilItHasRunAfterALowering() {
        var owned = provider();
        OfferResponse offer = owned.profile().offers().get(0);
        OfferResponse lowered = as(owned, () -> offers.update(owned.id(), offer.id(), change(offer, "490", 0)));

        assertThat(lowered.priceChangeNoticeDays()).isZero();
        assertThat(lowered.noticeInForceDays()).isEqualTo(30);
        assertThat(lowered.noticeInForceUntil()).isEqualTo(today().plusDays(30));

        OfferResponse raised = as(owned, () -> offers.update(owned.id(), offer.id(), change(lowered, "520", 0)));
        assertThat(raised.flags().raisedWithShortNotice()).isTrue();
    }

    @Test
    void keepsAWithdrawnOffersHistoryPublic() {
        var owned = provider();
        OfferResponse first = owned.profile().offers().get(0);
        as(owned, () -> offers.add(owned.id(), new OfferRequest("Heure", PricingModel.HOURLY, new BigDecimal("70"))));
        as(owned, () -> offers.withdraw(owned.id(), first.id(), first.version()));

        ProviderResponse shown = providers.get(owned.id());
        assertThat(shown.offers()).extracting(OfferResponse::title).containsExactly("Heure");
        assertThat(shown.withdrawnOffers())
                .singleElement()
                .satisfies(o -> assertThat(o.withdrawnAt()).isNotNull())
                .satisfies(o -> assertThat(o.priceEur()).isNull())
                .satisfies(o -> assertThat(o.priceHistory()).hasSize(1));
    }

    @Test
    void continuesTheHistoryOfAnOfferReCreatedForTheSameSpecialtyAndPricingModel() {
        var owned = provider();
        OfferResponse first = owned.profile().offers().get(0);
        as(owned, () -> offers.add(owned.id(), new OfferRequest("Heure", PricingModel.HOURLY, new BigDecimal("70"))));
        as(owned, () -> offers.withdraw(owned.id(), first.id(), first.version()));

        OfferResponse again = as(
                owned,
                () -> offers.add(owned.id(), monthly("Nouveau forfait", "690")).body());

        assertThat(again.continuesOfferId()).isEqualTo(first.id());
        assertThat(again.onVettedSince()).isEqualTo(first.onVettedSince());
        assertThat(again.priceHistory())
                .extracting(OfferResponse.PricePoint::priceEur)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("490"), new BigDecimal("690"));
        assertThat(again.flags().raisedPercentLast12Months()).isEqualByComparingTo("40.8");
        assertThat(again.flags().raisedWithShortNotice()).isTrue();
        assertThat(providers.get(owned.id()).withdrawnOffers()).isEmpty();
    }

    @Test
    void startsAFreshHistoryForAnotherPricingModel() {
        var owned = provider();
        OfferResponse first = owned.profile().offers().get(0);
        as(owned, () -> offers.add(owned.id(), new OfferRequest("Heure", PricingModel.HOURLY, new BigDecimal("70"))));
        as(owned, () -> offers.withdraw(owned.id(), first.id(), first.version()));

        OfferResponse other = as(
                owned,
                () -> offers.add(
                                owned.id(),
                                new OfferRequest("Déplacement", PricingModel.PER_INTERVENTION, new BigDecimal("90")))
                        .body());

        assertThat(other.continuesOfferId()).isNull();
        assertThat(other.priceHistory()).hasSize(1);
        assertThat(providers.get(owned.id()).withdrawnOffers()).hasSize(1);
    }

    @Test
    void refusesASpecialtyTheProfileDoesNotOfferWith422() {
        var owned = provider();
        var request = new OfferRequest(
                "Audit",
                PricingModel.PER_INTERVENTION,
                new BigDecimal("900"),
                null,
                null,
                null,
                null,
                null,
                Specialty.CYBERSECURITY);

        assertThatThrownBy(() -> as(owned, () -> offers.add(owned.id(), request)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "specialty"));
    }

    private Providers.Owned provider() {
        return Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
    }

    private static OfferRequest monthly(String title, String price) {
        return new OfferRequest(
                title,
                PricingModel.MONTHLY_FIXED,
                new BigDecimal(price),
                null,
                null,
                null,
                null,
                null,
                Specialty.HELPDESK);
    }

    private static OfferUpdate change(OfferResponse offer, String price, int noticeDays) {
        return new OfferUpdate(offer.version(), offer.title(), new BigDecimal(price), null, null, null, noticeDays);
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
