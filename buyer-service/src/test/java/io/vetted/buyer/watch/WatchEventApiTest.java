package io.vetted.buyer.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.support.auth.Scopes;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** vendor-service's watch events alert exactly the buyers with the provider on a shortlist, once each. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchEventApiTest implements BuyerTest {

    private final String vendorService = TestIssuer.shared().token("service:vendor-service", "SERVICE");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aPriceRiseAlertsTheWatchersOfThatProviderOnlyInOneCall() {
        UUID provider = vendor().publishedProvider();
        var first = watcher(provider);
        var second = watcher(provider);
        var elsewhere = watcher(vendor().publishedProvider());
        UUID eventId = UUID.randomUUID();

        int status = deliver(priceRise(eventId, provider));

        assertThat(status).isEqualTo(202);
        assertThat(identity().notificationsOf(eventId))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains(first.id().toString(), second.id().toString(), "\"kind\":\"PRICE_ALERT\"")
                        .contains("\"link\":\"/providers/" + provider + "\"")
                        .doesNotContain(elsewhere.id().toString()));
    }

    @Test
    void aLowRatingFromReviewServiceAlertsTheWatchersWithItsStars() {
        UUID provider = vendor().publishedProvider();
        var buyer = watcher(provider);
        UUID eventId = UUID.randomUUID();

        int status = deliver(lowRating(eventId, provider, Map.of("referenceId", UUID.randomUUID(), "stars", 1)));

        assertThat(status).isEqualTo(202);
        assertThat(identity().notificationsOf(eventId))
                .singleElement()
                .satisfies(body -> assertThat(body).contains(buyer.id().toString(), "1/5"));
    }

    @Test
    void aLowRatingWithoutItsStarsIsRefusedWith422AndAlertsNobody() {
        UUID provider = vendor().publishedProvider();
        var buyer = watcher(provider);

        int status = deliver(lowRating(UUID.randomUUID(), provider, null));

        assertThat(status).isEqualTo(422);
        assertThat(identity().notificationsTo(buyer.id())).isEmpty();
    }

    @Test
    void aRedeliveredEventAlertsNobodyASecondTime() {
        UUID provider = vendor().publishedProvider();
        var buyer = watcher(provider);
        UUID eventId = UUID.randomUUID();

        deliver(priceRise(eventId, provider));
        int again = deliver(priceRise(eventId, provider));

        assertThat(again).isEqualTo(202);
        assertThat(identity().notificationsTo(buyer.id())).hasSize(1);
    }

    @Test
    void theAlertCarriesThePricesTheRiseTheDateAndTheBrokenNoticeInBothLanguages() {
        UUID provider = vendor().publishedProvider();
        UUID eventId = UUID.randomUUID();
        watcher(provider);

        deliver(priceRise(eventId, provider));

        assertThat(identity().notificationsOf(eventId))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("Infogérance Lyon", "Forfait PME", "100,00 €", "120,00 €", "+20,0 %")
                        .contains("€100.00", "€120.00", "+20.0%", "1 March 2027", "1 mars 2027")
                        .contains("shorter than the promised 60 days (10 days given)")
                        .contains("plus court que les 60 jours promis"));
    }

    @Test
    void whileIdentityIsDownTheEventIsRefusedWith503AndAlertedOnceOnRedelivery() {
        UUID provider = vendor().publishedProvider();
        var buyer = watcher(provider);
        UUID eventId = UUID.randomUUID();
        identity().down(true);
        int refused;
        try {
            refused = deliver(priceRise(eventId, provider));
        } finally {
            identity().down(false);
        }

        int accepted = deliver(priceRise(eventId, provider));

        assertThat(refused).isEqualTo(503);
        assertThat(accepted).isEqualTo(202);
        assertThat(identity().notificationsTo(buyer.id())).hasSize(1);
    }

    @Test
    void aPriceEventWithoutItsFiguresIsRefusedWith422AndAlertsNobody() {
        UUID provider = vendor().publishedProvider();
        var buyer = watcher(provider);

        int status = deliver(Map.of(
                "eventId",
                UUID.randomUUID(),
                "kind",
                "PRICE_CHANGED",
                "providerId",
                provider,
                "providerName",
                "Infogérance Lyon"));

        assertThat(status).isEqualTo(422);
        assertThat(identity().notificationsTo(buyer.id())).isEmpty();
    }

    @Test
    void aBuyerCannotSendAWatchEventWith403() {
        var buyer = TestIssuer.shared().account("SME");

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/internal/watch-events", priceRise(UUID.randomUUID(), UUID.randomUUID()))
                                .bearerAuth(buyer.token())))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    @Test
    void aServiceTokenWithoutTheWatchEventsScopeIsRefusedWith403() {
        String reviewService = TestIssuer.shared().serviceToken(Scopes.NOTICES_SEND, Scopes.PROVIDERS_READ);

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/internal/watch-events", priceRise(UUID.randomUUID(), UUID.randomUUID()))
                                .bearerAuth(reviewService)))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    private TestIssuer.TestAccount watcher(UUID provider) {
        var buyer = TestIssuer.shared().account("SME");
        Map<?, ?> list = http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/buyer/shortlists", Map.of("name", "Infogérance 2027"))
                                .bearerAuth(buyer.token()),
                        Map.class);
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/buyer/shortlists/" + list.get("id") + "/entries", Map.of("providerId", provider))
                        .bearerAuth(buyer.token()));
        return buyer;
    }

    private static Map<String, Object> priceRise(UUID eventId, UUID provider) {
        return Map.of(
                "eventId",
                eventId,
                "kind",
                "PRICE_CHANGED",
                "providerId",
                provider,
                "providerName",
                "Infogérance Lyon",
                "occurredAt",
                Instant.now(),
                "price",
                Map.of(
                        "offerTitle",
                        "Forfait PME",
                        "oldPriceEur",
                        new BigDecimal("100.00"),
                        "newPriceEur",
                        new BigDecimal("120.00"),
                        "changePercent",
                        new BigDecimal("20.0"),
                        "effectiveFrom",
                        LocalDate.of(2027, 3, 1),
                        "noticeDays",
                        10,
                        "promisedNoticeDays",
                        60,
                        "noticeKept",
                        false));
    }

    private static Map<String, Object> lowRating(UUID eventId, UUID provider, Map<String, Object> rating) {
        Map<String, Object> event = new HashMap<>(Map.of(
                "eventId", eventId, "kind", "LOW_RATING", "providerId", provider, "providerName", "Infogérance Lyon"));
        if (rating != null) {
            event.put("rating", rating);
        }
        return event;
    }

    private int deliver(Map<String, Object> event) {
        try {
            return http.toBlocking()
                    .exchange(HttpRequest.POST("/api/internal/watch-events", event)
                            .bearerAuth(vendorService))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
