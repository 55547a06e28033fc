package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Specialty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

@Serdeable
public record SpecialtiesRequest(
        @NotNull Long version,
        @NotEmpty @Size(max = 12) Set<@NotNull Specialty> specialties,
        @Nullable @Size(max = 4000) String description) {}
