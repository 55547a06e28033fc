package io.vetted.vendor.diligence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The subcontracting disclosure; when {@code subcontracts}, which activities and in which country (ISO code). */
@Serdeable
public record SubcontractingRequest(
        @NotNull Long version,
        @NotNull Boolean subcontracts,
        @Nullable @Size(max = 1000) String activities,
        @Nullable @Size(min = 2, max = 2) String country) {}
