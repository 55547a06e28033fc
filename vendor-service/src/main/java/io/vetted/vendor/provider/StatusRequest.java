package io.vetted.vendor.provider;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Publish a draft, or take a profile back to draft. */
@Serdeable
public record StatusRequest(@NotNull Long version, @NotNull ProviderStatus status) {}
