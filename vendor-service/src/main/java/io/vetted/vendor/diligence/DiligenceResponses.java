package io.vetted.vendor.diligence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Sector;
import java.util.Arrays;
import java.util.List;

/** The two practice sections as clients read them. */
public final class DiligenceResponses {

    private DiligenceResponses() {}

    @Serdeable
    public record SubcontractingResponse(
            @Nullable Boolean subcontracts,
            String activities,
            @Nullable String country,
            long version) {
        static SubcontractingResponse of(Subcontracting s) {
            return new SubcontractingResponse(
                    s.subcontracts(), s.activities(), s.country(), s.version() == null ? 0 : s.version());
        }
    }

    @Serdeable
    public record DueDiligenceResponse(
            List<Sector> sectors,
            String sectorExperience,
            String dataProtection,
            String incidentPlan,
            String interventionHours,
            long version) {
        static DueDiligenceResponse of(DueDiligence d) {
            return new DueDiligenceResponse(
                    Arrays.stream(d.sectors()).map(Sector::valueOf).sorted().toList(),
                    d.sectorExperience(),
                    d.dataProtection(),
                    d.incidentPlan(),
                    d.interventionHours(),
                    d.version() == null ? 0 : d.version());
        }
    }
}
