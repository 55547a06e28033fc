package io.vetted.buyer.watch;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * identity-service's bulk notification (contract 10): one text for up to 10,000 accounts, in their
 * language and by their preferences, once per (eventId, accountId).
 */
@Serdeable
public record NotificationRequest(
        UUID eventId,
        String kind,
        List<UUID> accountIds,
        String subjectFr,
        String subjectEn,
        String bodyFr,
        String bodyEn,
        String link) {

    public static final String PRICE_ALERT = "PRICE_ALERT";
    public static final String QUOTE = "QUOTE";
    public static final String SAVED_SEARCH_ALERT = "SAVED_SEARCH_ALERT";
}
