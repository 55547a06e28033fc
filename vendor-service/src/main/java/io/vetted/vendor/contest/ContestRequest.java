package io.vetted.vendor.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.company.Siren;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Claims {@code siren} for the profile: why it is this company's, and an uploaded document that shows it (a Kbis). */
@Serdeable
public record ContestRequest(
        @NotNull @Siren String siren,
        @NotBlank @Size(max = 2000) String statement,
        @Nullable UUID documentId) {}
