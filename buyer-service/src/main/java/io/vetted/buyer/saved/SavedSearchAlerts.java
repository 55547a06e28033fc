package io.vetted.buyer.saved;

import io.micronaut.core.annotation.Nullable;
import io.vetted.buyer.watch.IdentityNotificationClient;
import io.vetted.buyer.watch.IdentityUnavailableException;
import io.vetted.buyer.watch.NotificationRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A newly published provider told to the buyers whose saved search finds it (contract 11): each
 * distinct vendor query is asked once, restricted to the provider; each matching search's owner is
 * notified with an event id derived from (saved search, provider), then the pair is recorded. A
 * failure answers 503 and vendor-service redelivers: recorded pairs are skipped, and a pair whose
 * record was lost is sent again with the same id, which identity-service applies once.
 */
@Singleton
public class SavedSearchAlerts {

    private final SavedSearchAlertStore store;
    private final ProviderMatch match;
    private final IdentityNotificationClient identity;

    SavedSearchAlerts(SavedSearchAlertStore store, ProviderMatch match, IdentityNotificationClient identity) {
        this.store = store;
        this.match = match;
        this.identity = identity;
    }

    /** Searches saved without a vendor query are not candidates: their view says {@code alerts: false}. */
    public void providerPublished(UUID provider, String providerName, @Nullable UUID owner) {
        Map<String, List<SavedSearchAlertStore.Candidate>> byQuery = new LinkedHashMap<>();
        for (var candidate : store.candidates(provider, owner)) {
            byQuery.computeIfAbsent(candidate.vendorQuery(), q -> new ArrayList<>())
                    .add(candidate);
        }
        byQuery.forEach((query, searches) -> {
            if (match.matches(query, provider)) {
                searches.forEach(search -> alert(search, provider, providerName));
            }
        });
    }

    private void alert(SavedSearchAlertStore.Candidate search, UUID provider, String providerName) {
        String link = "/providers/" + provider;
        var texts = SavedSearchAlertTexts.of(providerName, search.name(), link);
        try {
            identity.notify(new NotificationRequest(
                    eventId(search.savedSearchId(), provider),
                    NotificationRequest.SAVED_SEARCH_ALERT,
                    List.of(search.accountId()),
                    texts.subjectFr(),
                    texts.subjectEn(),
                    texts.bodyFr(),
                    texts.bodyEn(),
                    link));
        } catch (RuntimeException e) {
            throw new IdentityUnavailableException(e);
        }
        store.alerted(search.savedSearchId(), provider);
    }

    static UUID eventId(UUID savedSearch, UUID provider) {
        return UUID.nameUUIDFromBytes(
                ("saved-search-alert/" + savedSearch + "/" + provider).getBytes(StandardCharsets.UTF_8));
    }
}
