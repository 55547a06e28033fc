package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Specialty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

@Serdeable
public record CreateProviderRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull ProviderKind kind,
        @NotEmpty Set<@NotNull DeliveryMode> deliveryModes,
        @NotBlank @Size(max = 80) String city,
        @NotEmpty @Size(max = 12) Set<@NotNull Specialty> specialties,
        @Nullable @Size(max = 4000) String description,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull OfferRequest> offers) {
}
