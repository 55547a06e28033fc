package io.vetted.web.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One decision on a provider's open cases: {@code action} CLEAR or HIDE, one {@code reason}, {@code ids} comma-separated (blank: all of them). */
@Serdeable
public record BulkForm(
        @Nullable String csrfToken,
        @Nullable String action,
        @Nullable String reason,
        @Nullable String ids,
        @Nullable String returnTo)
        implements CsrfForm {

    /** @return null for all open cases; ids that are not UUIDs are dropped. */
    @Nullable
    List<UUID> referenceIds() {
        if (ids == null || ids.isBlank()) {
            return null;
        }
        return Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(id -> id.matches("[0-9a-fA-F-]{36}"))
                .map(UUID::fromString)
                .toList();
    }
}
