package io.vetted.vendor.notice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A notification for a provider's owner, shaped as identity-service's notification batch (contract
 * 10): identity keeps one per (eventId, account) and shows it in the account's language.
 */
@Serdeable
public record OwnerNotice(
        UUID eventId,
        String kind,
        List<UUID> accountIds,
        String subjectFr,
        String subjectEn,
        String bodyFr,
        String bodyEn,
        String link) {

    static final String EVENT_TYPE = "OwnerNotice";
    static final String VERIFICATION = "VERIFICATION";
}
