package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved-search alerts over the real services: a provider's first publication leaves vendor-service's
 * outbox for buyer-service, which asks vendor-service's search whether each saved search finds it and
 * hands one alert per matching search to identity-service's notification centre.
 */
@OnPlatform(webUi = false)
class SavedSearchAlertIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Platform platform;
    private Api api;
    private HttpClient identity;
    private HttpClient buyer;

    @BeforeAll
    void connect() throws Exception {
        identity = HttpClient.create(
                URI.create(platform.address(platform.identity)).toURL());
        buyer = HttpClient.create(URI.create(platform.address(platform.buyer)).toURL());
    }

    @AfterAll
    void disconnect() {
        identity.close();
        buyer.close();
    }

    @Test
    void aNewProviderASavedSearchFindsAlertsItsBuyerOnceAndNotABuyerWhoseSearchItMisses() {
        String finder = api.signUp("SME", "Cabinet Bocage");
        String other = api.signUp("SME", "Cabinet Marais");
        save(finder, "Sauvegarde en Vendée", "specialty=BACKUP_RECOVERY&department=85");
        save(other, "Réseaux en Vendée", "specialty=NETWORKS&department=85");
        String owner = api.signUp("PROVIDER", "Bocage Sauvegarde");

        UUID provider = new VendorProfiles(api)
                .published(
                        owner,
                        "Bocage Sauvegarde",
                        "AGENCY",
                        "La Roche-sur-Yon",
                        "85",
                        List.of("BACKUP_RECOVERY"),
                        VendorProfiles.offer("Sauvegarde externalisée", "MONTHLY_FIXED", "PER_SEAT", 25));

        Map<String, Object> alert = awaitAlert(finder);
        assertThat(alert.get("link")).isEqualTo("/providers/" + provider);
        assertThat((String) alert.get("subject")).contains("Bocage Sauvegarde", "Sauvegarde en Vendée");
        assertThat(alerts(other)).isEmpty();
    }

    private void save(String token, String name, String vendorQuery) {
        buyer.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/buyer/saved-searches",
                                Map.of("name", name, "query", vendorQuery, "vendorQuery", vendorQuery))
                        .bearerAuth(token));
    }

    private Map<String, Object> awaitAlert(String token) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<Map<String, Object>> found = alerts(token);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            sleep();
            found = alerts(token);
        }
        assertThat(found).as("SAVED_SEARCH_ALERT notifications").hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> alerts(String token) {
        Map<String, Object> page = identity.toBlocking()
                .retrieve(HttpRequest.GET("/api/notifications?limit=50").bearerAuth(token), JSON);
        return ((List<Map<String, Object>>) page.get("items"))
                .stream()
                        .filter(n -> "SAVED_SEARCH_ALERT".equals(n.get("kind")))
                        .toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
