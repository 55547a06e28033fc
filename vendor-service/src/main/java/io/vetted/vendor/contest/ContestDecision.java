package io.vetted.vendor.contest;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Which side the SIREN belongs to, and why: the loser's profile is unpublished with this reason. */
@Serdeable
public record ContestDecision(
        @NotNull ContestSide winner,
        @NotBlank @Size(max = 400) String reason) {}
