package io.vetted.buyer.requirements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * An SME account's requirements, replaced as a whole. Every criterion may stay empty (not decided
 * yet). {@code version} is the one last read: null to create, and a stale one is refused with 409.
 * The budget is in euros with cents, as vendor-service's prices.
 */
@Serdeable
public record RequirementsRequest(
        @Nullable @Valid Fleet fleet,
        @Nullable @Size(max = 101) List<@NotBlank String> departments,
        @Nullable @Size(max = 12) List<@NotNull Specialty> specialties,
        @Nullable AfterHours afterHours,
        @Nullable @Min(1) @Max(43200) Integer maxCriticalResponseMinutes,
        @Nullable @Size(max = 10) List<@Valid @NotNull RequiredCertification> certifications,

        @Nullable @DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
        BigDecimal maxMonthlyBudgetEur,

        @Nullable Boolean subcontractingAcceptable,
        @Nullable Long version) {

    /** How many people and machines the provider would look after. */
    @Serdeable
    public record Fleet(
            @Nullable @Min(0) @Max(100000) Integer users,
            @Nullable @Min(0) @Max(100000) Integer workstations,
            @Nullable @Min(0) @Max(10000) Integer servers) {}

    /** A certification the provider must hold, and whether its own declaration is enough. */
    @Serdeable
    public record RequiredCertification(
            @NotNull Certification certification, @NotNull CertificationLevel level) {}
}
