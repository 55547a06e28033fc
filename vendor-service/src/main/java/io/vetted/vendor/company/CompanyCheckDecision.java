package io.vetted.vendor.company;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator's decision on a company check, with the reason the provider will read. */
@Serdeable
public record CompanyCheckDecision(
        @NotNull Outcome outcome, @NotBlank @Size(max = 500) String reason) {

    public enum Outcome {
        ACCEPTED,
        REJECTED
    }
}
