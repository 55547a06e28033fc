package io.vetted.vendor.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of the identity queue, oldest first, with how many entries of each kind wait and since
 * when the oldest does. Each entry carries what deciding it needs; fields of other kinds are null.
 */
@Serdeable
public record IdentityQueueResponse(
        List<Entry> entries,
        long total,
        int page,
        int size,
        Map<QueueKind, Long> waiting,
        @Nullable Instant oldestWaitingSince) {

    /**
     * {@code providerId}: the profile concerned (the claimant, for a contest, against
     * {@code otherProviderId}, the holder). {@code registerState} / {@code registerName}: what the
     * register said about the SIREN concerned.
     */
    @Serdeable
    public record Entry(
            QueueKind kind,
            UUID id,
            UUID providerId,
            String providerName,
            @Nullable String siren,
            Instant waitingSince,
            @Nullable String registerState,
            @Nullable String registerName,
            @Nullable String evidence,
            @Nullable UUID documentId,
            @Nullable String contactEmail,
            @Nullable String statement,
            @Nullable UUID otherProviderId,
            @Nullable String otherProviderName,
            @Nullable String otherStatement,
            @Nullable UUID otherDocumentId,
            @Nullable String field,
            @Nullable String previousValue,
            @Nullable String newValue) {}
}
