package io.vetted.vendor.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A claim and its evidence (a URL or a document reference). Leave {@code version} out to make a new
 * claim; send the claim's version to change one. A changed claim needs checking again.
 */
@Serdeable
public record ClaimRequest(
        @Nullable Long version,
        @Nullable @Size(max = 500) String detail,
        @NotBlank @Size(max = 500) String evidence) {}
