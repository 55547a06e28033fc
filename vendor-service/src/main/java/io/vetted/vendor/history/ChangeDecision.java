package io.vetted.vendor.history;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator's look at an identity change: fine, or the profile goes off line with {@code reason}. */
@Serdeable
public record ChangeDecision(
        @NotNull Outcome outcome, @NotBlank @Size(max = 500) String reason) {

    public enum Outcome {
        ACCEPTED,
        UNPUBLISHED
    }
}
