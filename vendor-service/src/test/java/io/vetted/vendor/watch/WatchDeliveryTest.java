package io.vetted.vendor.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.offer.OfferClient;
import io.vetted.vendor.offer.OfferResponse;
import io.vetted.vendor.offer.OfferUpdate;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The outbox relays watch events to buyer-service as vendor-service, retrying until accepted. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchDeliveryTest implements PostgresTest {

    private final FakeBuyerService buyer = new FakeBuyerService();

    @Inject
    OfferClient offers;

    @Inject
    ProviderClient providers;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.buyer.url", buyer.url());
        properties.put("vetted.outbox.relay.enabled", "true");
        properties.put("vetted.outbox.relay.poll-interval", "50ms");
        return properties;
    }

    @Test
    void aPriceChangeIsRetriedWhileBuyerServiceFailsThenLeavesTheOutbox() {
        var owned = reprice("588", 503);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> WatchOutbox.events(dataSource, owned.id()).isEmpty());

        List<FakeBuyerService.Received> deliveries = buyer.received("PRICE_CHANGED", owned.id());
        assertThat(deliveries).extracting(FakeBuyerService.Received::answered).containsExactly(503, 202);
        assertThat(deliveries).allSatisfy(r -> assertThat(r.authorization()).startsWith("Bearer "));
        assertThat(eventId(deliveries.get(1))).isEqualTo(eventId(deliveries.get(0)));
    }

    @Test
    void anEventBuyerServiceRefusesWith422IsParkedAndNotRetried() throws InterruptedException {
        var owned = reprice("600", 422);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !WatchOutbox.parked(dataSource, owned.id()).isEmpty());
        Thread.sleep(500);

        assertThat(buyer.received("PRICE_CHANGED", owned.id()))
                .extracting(FakeBuyerService.Received::answered)
                .containsExactly(422);
    }

    private static String eventId(FakeBuyerService.Received delivery) {
        return delivery.body().replaceAll(".*\"eventId\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aFirstPublicationIsDeliveredAsProviderPublishedWithItsOwner() {
        var owned = Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> WatchOutbox.publications(dataSource, owned.id()).isEmpty());

        assertThat(buyer.received("PROVIDER_PUBLISHED", owned.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.body())
                        .contains("\"ownerAccountId\":\"" + owned.owner().id() + "\""));
    }

    /** The provider's first publication is delivered before {@code answer} applies to the price change. */
    private Providers.Owned reprice(String price, int answer) {
        var owned = Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> WatchOutbox.publications(dataSource, owned.id()).isEmpty());
        buyer.answer(answer);
        OfferResponse offer = owned.profile().offers().get(0);
        try (var ignored = BearerToken.as(owned.owner())) {
            offers.update(
                    owned.id(),
                    offer.id(),
                    new OfferUpdate(offer.version(), offer.title(), new BigDecimal(price), null, null, null, 30));
        }
        return owned;
    }
}
