package io.vetted.vendor.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The holder's side: why the SIREN is its company's, and an uploaded document that shows it. */
@Serdeable
public record ContestAnswer(
        @NotBlank @Size(max = 2000) String statement,
        @Nullable UUID documentId) {}
