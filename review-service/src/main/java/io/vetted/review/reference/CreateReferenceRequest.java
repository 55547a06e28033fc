package io.vetted.review.reference;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record CreateReferenceRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotBlank @Size(max = 4000) String comment) {
}
