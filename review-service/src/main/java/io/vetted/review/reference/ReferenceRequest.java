package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.company.Siren;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reference as its author writes it, to create or to edit. {@code criteria} maps criterion names
 * to 1–5 (unknown names are refused); {@code invitationToken} only counts on creation, {@code version}
 * only on edits (the version the author edited).
 */
@Serdeable
public record ReferenceRequest(
        @Valid @NotNull CompanyPart company,
        @Valid @NotNull EngagementPart engagement,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Nullable Map<String, Integer> criteria,
        @NotNull Boolean wouldRecommend,
        @Valid @NotNull FactsPart facts,
        @NotBlank @Size(min = 10, max = 4000) String comment,
        @Nullable Boolean contactAllowed,
        @Nullable @Size(max = 200) String invitationToken,
        @Nullable Long version) {

    @Serdeable
    public record CompanyPart(
            @NotBlank @Size(max = 160) String name,
            @Nullable @Siren String siren) {}

    @Serdeable
    public record EngagementPart(
            @NotEmpty @Size(max = 12) List<@NotNull Specialty> services,
            @NotNull EngagementMode mode,
            @NotNull @PastOrPresent LocalDate start,
            @Nullable @PastOrPresent LocalDate end,
            @Nullable CostBand monthlyCostBand,
            @Nullable @Min(1) @Max(10000) Integer teamSize) {}

    @Serdeable
    public record FactsPart(
            @NotNull Boolean unannouncedPriceIncrease,
            @NotNull Subcontracting subcontracting,
            @NotNull AfterHoursIncident afterHoursIncident) {}
}
