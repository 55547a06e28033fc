package io.vetted.buyer.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The shortlist routes' small wire records. */
public final class ShortlistPayloads {

    private ShortlistPayloads() {}

    /** Create or rename a shortlist. */
    @Serdeable
    public record Naming(@NotBlank @Size(max = 120) String name) {}

    /** Add a provider (a published one, vendor-service's id) with an optional private note. */
    @Serdeable
    public record NewEntry(
            @NotNull UUID providerId,
            @Nullable @Size(max = 2000) String note) {}

    /** Change an entry's note and status; {@code rejectionReason} is required for REJECTED and dropped otherwise. */
    @Serdeable
    public record EntryChange(
            @Nullable @Size(max = 2000) String note,
            @NotNull EntryStatus status,
            @Nullable @Size(max = 500) String rejectionReason) {}

    @Serdeable
    public record Entry(
            UUID providerId,
            @Nullable String note,
            EntryStatus status,
            @Nullable String rejectionReason,
            Instant addedAt,
            Instant updatedAt) {}

    @Serdeable
    public record ShortlistView(
            UUID id, String name, boolean shared, @Nullable Instant sharedAt, List<Entry> entries, Instant createdAt) {}

    /** The read-only link, shown once: only its hash is kept. A new one replaces the previous link. */
    @Serdeable
    public record ShareLink(String token, String path) {}

    /** What a read-only link shows: no notes, no reasons, nothing about the account. */
    @Serdeable
    public record SharedShortlist(String name, List<SharedEntry> entries) {}

    @Serdeable
    public record SharedEntry(UUID providerId, EntryStatus status) {}
}
