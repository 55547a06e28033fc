package io.vetted.buyer.requirements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The account's requirements; {@code version} is absent until they are first saved. */
@Serdeable
public record RequirementsResponse(
        RequirementsRequest.Fleet fleet,
        List<String> departments,
        List<Specialty> specialties,
        @Nullable AfterHours afterHours,
        @Nullable Integer maxCriticalResponseMinutes,
        List<RequirementsRequest.RequiredCertification> certifications,
        @Nullable BigDecimal maxMonthlyBudgetEur,
        @Nullable Boolean subcontractingAcceptable,
        @Nullable Long version,
        @Nullable Instant updatedAt) {

    static RequirementsResponse none() {
        return new RequirementsResponse(
                new RequirementsRequest.Fleet(null, null, null),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null);
    }
}
