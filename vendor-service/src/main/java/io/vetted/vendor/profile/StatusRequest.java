package io.vetted.vendor.profile;

import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.provider.ProviderStatus;
import jakarta.validation.constraints.NotNull;

/** Publish a draft, or take a profile back to draft. */
@Serdeable
public record StatusRequest(@NotNull Long version, @NotNull ProviderStatus status) {}
