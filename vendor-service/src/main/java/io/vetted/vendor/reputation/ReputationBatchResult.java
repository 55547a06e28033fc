package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import java.util.UUID;

/** What became of each snapshot of a {@link ReputationBatch}, by provider id. */
@Serdeable
public record ReputationBatchResult(Map<UUID, Outcome> outcomes) {

    /**
     * {@code APPLIED}; {@code STALE} (a newer or equal version was already stored, nothing to do);
     * {@code UNKNOWN_PROVIDER} or {@code INVALID} (refused for good, as the single update would
     * answer 404 or 400/422; {@code field} and {@code detail} say why).
     */
    @Serdeable
    public record Outcome(
            String status, @Nullable String field, @Nullable String detail) {

        static final Outcome APPLIED = new Outcome("APPLIED", null, null);
        static final Outcome STALE = new Outcome("STALE", null, null);
        static final Outcome UNKNOWN_PROVIDER = new Outcome("UNKNOWN_PROVIDER", null, "no such provider");

        static Outcome invalid(ReputationCheck refusal) {
            return new Outcome("INVALID", refusal.field(), refusal.detail());
        }
    }
}
