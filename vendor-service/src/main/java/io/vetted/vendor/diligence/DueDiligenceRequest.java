package io.vetted.vendor.diligence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Sector;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

@Serdeable
public record DueDiligenceRequest(
        @NotNull Long version,
        @Nullable @Size(max = 20) Set<@NotNull Sector> sectors,
        @Nullable @Size(max = 2000) String sectorExperience,
        @Nullable @Size(max = 2000) String dataProtection,
        @Nullable @Size(max = 2000) String incidentPlan,
        @Nullable @Size(max = 1000) String interventionHours) {}
