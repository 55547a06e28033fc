package io.vetted.buyer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A buyer watches a provider from its profile, without shortlisting it, and is alerted like a shortlister. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchApiTest implements BuyerTest {

    private final String vendorService = TestIssuer.shared().token("service:vendor-service", "SERVICE");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anExplicitWatcherIsAlertedOnceEvenAfterWatchingTwice() {
        UUID provider = vendor().publishedProvider();
        var buyer = TestIssuer.shared().account("SME");
        call(HttpRequest.PUT("/api/buyer/watches/" + provider, Map.of()), buyer);
        call(HttpRequest.PUT("/api/buyer/watches/" + provider, Map.of()), buyer);

        deliver(claimLost(provider));

        assertThat(identity().notificationsTo(buyer.id())).hasSize(1);
        assertThat(call(HttpRequest.GET("/api/buyer/watches"), buyer)).contains(provider.toString());
    }

    @Test
    void aBuyerWhoStoppedWatchingIsNotAlerted() {
        UUID provider = vendor().publishedProvider();
        var buyer = TestIssuer.shared().account("SME");
        call(HttpRequest.PUT("/api/buyer/watches/" + provider, Map.of()), buyer);
        call(HttpRequest.DELETE("/api/buyer/watches/" + provider), buyer);

        deliver(claimLost(provider));

        assertThat(identity().notificationsTo(buyer.id())).isEmpty();
    }

    @Test
    void watchingAnUnpublishedProviderAnswers404() {
        var buyer = TestIssuer.shared().account("SME");

        int status = status(HttpRequest.PUT("/api/buyer/watches/" + UUID.randomUUID(), Map.of()), buyer);

        assertThat(status).isEqualTo(404);
    }

    @Test
    void watchingMoreThanTheLimitAnswers409() {
        var buyer = TestIssuer.shared().account("SME");
        for (int i = 0; i < 3; i++) {
            call(HttpRequest.PUT("/api/buyer/watches/" + vendor().publishedProvider(), Map.of()), buyer);
        }

        int status = status(HttpRequest.PUT("/api/buyer/watches/" + vendor().publishedProvider(), Map.of()), buyer);

        assertThat(status).isEqualTo(409);
    }

    @Test
    void aProviderCannotWatchWith403() {
        var provider = TestIssuer.shared().account("PROVIDER");

        int status = status(HttpRequest.PUT("/api/buyer/watches/" + vendor().publishedProvider(), Map.of()), provider);

        assertThat(status).isEqualTo(403);
    }

    private static Map<String, Object> claimLost(UUID provider) {
        return Map.of(
                "eventId",
                UUID.randomUUID(),
                "kind",
                "CLAIM_UNVERIFIED",
                "providerId",
                provider,
                "providerName",
                "Infogérance Lyon",
                "claim",
                Map.of("topic", "ISO_27001"));
    }

    private void deliver(Map<String, Object> event) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/internal/watch-events", event).bearerAuth(vendorService));
    }

    private String call(MutableHttpRequest<?> request, TestIssuer.TestAccount account) {
        return http.toBlocking()
                .exchange(request.bearerAuth(account.token()), String.class)
                .getBody()
                .orElse("");
    }

    private int status(MutableHttpRequest<?> request, TestIssuer.TestAccount account) {
        try {
            return http.toBlocking()
                    .exchange(request.bearerAuth(account.token()))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
