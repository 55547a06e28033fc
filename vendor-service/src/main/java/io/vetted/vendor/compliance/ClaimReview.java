package io.vetted.vendor.compliance;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** A moderator's decision on a claim, made against the {@code version} they looked at. */
@Serdeable
public record ClaimReview(@NotNull Long version, @NotNull ClaimStatus status) {}
