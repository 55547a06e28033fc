package io.vetted.buyer.saved;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A provider's first publication alerts the buyers whose saved search finds it, once per saved search. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchAlertApiTest implements BuyerTest {

    private final String vendorService = TestIssuer.shared().token("service:vendor-service", "SERVICE");

    @Inject
    SavedSearchClient searches;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aNewProviderTheSavedSearchFindsAlertsItsOwnerOnceWithBothNamesAndTheLink() {
        var buyer = TestIssuer.shared().account("SME");
        save(buyer, "Support Lyon", "specialty=HELPDESK&department=69");
        UUID provider = vendor().publishedProviderMatching("specialty=HELPDESK", "department=69");

        int status = deliver(published(provider, null));

        assertThat(status).isEqualTo(202);
        assertThat(identity().notificationsTo(buyer.id()))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("\"kind\":\"SAVED_SEARCH_ALERT\"", "\"link\":\"/providers/" + provider + "\"")
                        .contains("Nouveau prestataire pour votre recherche « Support Lyon » : Infogérance Rhône")
                        .contains("New provider for your saved search “Support Lyon”: Infogérance Rhône"));
    }

    @Test
    void aSavedSearchTheProviderDoesNotMatchAlertsNobody() {
        var buyer = TestIssuer.shared().account("SME");
        var other = TestIssuer.shared().account("SME");
        save(buyer, "Réseau", "specialty=NETWORKS");
        save(other, "Assistance", "specialty=HELPDESK");
        UUID provider = vendor().publishedProviderMatching("specialty=HELPDESK");

        deliver(published(provider, null));

        assertThat(identity().notificationsTo(buyer.id())).isEmpty();
        assertThat(identity().notificationsTo(other.id())).hasSize(1);
    }

    @Test
    void twoMatchingSavedSearchesOfOneBuyerGiveTwoAlerts() {
        var buyer = TestIssuer.shared().account("SME");
        save(buyer, "Support", "specialty=HELPDESK");
        save(buyer, "Support à distance", "specialty=HELPDESK&mode=REMOTE");
        UUID provider = vendor().publishedProviderMatching("specialty=HELPDESK", "mode=REMOTE");

        deliver(published(provider, null));

        assertThat(identity().notificationsTo(buyer.id())).hasSize(2);
    }

    @Test
    void aRedeliveredPublicationAlertsNobodyASecondTime() {
        var buyer = TestIssuer.shared().account("SME");
        save(buyer, "Sauvegarde", "specialty=BACKUP_RECOVERY");
        UUID provider = vendor().publishedProviderMatching("specialty=BACKUP_RECOVERY");
        Map<String, Object> event = published(provider, null);

        deliver(event);
        int again = deliver(event);

        assertThat(again).isEqualTo(202);
        assertThat(identity().notificationsTo(buyer.id())).hasSize(1);
    }

    @Test
    void theProvidersOwnerIsNotAlertedOfItsOwnPublication() {
        var owner = TestIssuer.shared().account("SME");
        var buyer = TestIssuer.shared().account("SME");
        save(owner, "Concurrents", "specialty=CYBERSECURITY");
        save(buyer, "Sécurité", "specialty=CYBERSECURITY");
        UUID provider = vendor().publishedProviderMatching("specialty=CYBERSECURITY");

        deliver(published(provider, UUID.fromString(owner.id())));

        assertThat(identity().notificationsTo(owner.id())).isEmpty();
        assertThat(identity().notificationsTo(buyer.id())).hasSize(1);
    }

    @Test
    void whileIdentityIsDownThePublicationIsRefusedWith503AndAlertedOnceOnRedelivery() {
        var buyer = TestIssuer.shared().account("SME");
        save(buyer, "Messagerie", "specialty=TELEPHONY_VOIP");
        UUID provider = vendor().publishedProviderMatching("specialty=TELEPHONY_VOIP");
        identity().down(true);
        int refused;
        try {
            refused = deliver(published(provider, null));
        } finally {
            identity().down(false);
        }

        int accepted = deliver(published(provider, null));

        assertThat(refused).isEqualTo(503);
        assertThat(accepted).isEqualTo(202);
        assertThat(identity().notificationsTo(buyer.id())).hasSize(1);
    }

    @Test
    void aSearchSavedWithoutItsVendorQueryIsNotAlertedAndSaysSo() {
        var buyer = TestIssuer.shared().account("SME");
        SavedSearchPayloads.SavedSearchView old;
        try (var ignored = BearerToken.as(buyer)) {
            old = searches.save(new SavedSearchPayloads.NewSavedSearch("Ancienne", "specialty=CLOUD_SAAS", null))
                    .body();
        }
        UUID provider = vendor().publishedProviderMatching("specialty=CLOUD_SAAS");

        deliver(published(provider, null));

        assertThat(old.alerts()).isFalse();
        assertThat(identity().notificationsTo(buyer.id())).isEmpty();
    }

    private void save(TestIssuer.TestAccount buyer, String name, String vendorQuery) {
        try (var ignored = BearerToken.as(buyer)) {
            var saved = searches.save(new SavedSearchPayloads.NewSavedSearch(name, vendorQuery, vendorQuery))
                    .body();
            assertThat(saved.alerts()).isTrue();
        }
    }

    private static Map<String, Object> published(UUID provider, UUID owner) {
        Map<String, Object> event = new HashMap<>(Map.of(
                "eventId",
                UUID.randomUUID(),
                "kind",
                "PROVIDER_PUBLISHED",
                "providerId",
                provider,
                "providerName",
                "Infogérance Rhône"));
        if (owner != null) {
            event.put("ownerAccountId", owner);
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
