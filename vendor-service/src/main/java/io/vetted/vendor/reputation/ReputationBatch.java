package io.vetted.vendor.reputation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/**
 * Several providers' snapshots in one call, keyed by provider id (so each provider at most once:
 * the sender keeps only its newest snapshot of each).
 */
@Serdeable
public record ReputationBatch(
        @NotEmpty @Size(max = ReputationBatch.MAX) Map<@NotNull UUID, @NotNull @Valid ReputationUpdate> snapshots) {

    public static final int MAX = 500;
}
