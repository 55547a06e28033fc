package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reference as readers see it. A hidden reference keeps only its dates and the moderator's
 * public reason; {@code companySiren} is only shown to the author.
 */
@Serdeable
public record ReferenceResponse(
        UUID id,
        UUID providerId,
        ReferenceStatus status,
        List<Label> labels,
        @Nullable String authorName,
        @Nullable String companyName,
        @Nullable String companySiren,
        @Nullable EngagementView engagement,
        @Nullable Integer rating,
        Map<Criterion, Integer> criteria,
        @Nullable Boolean wouldRecommend,
        @Nullable FactsView facts,
        @Nullable String comment,
        boolean contactAllowed,
        Instant publishedAt,
        @Nullable Instant editedAt,
        @Nullable String hiddenReason,
        @Nullable Instant hiddenAt,
        @Nullable ReplyView reply,
        long version) {

    @Serdeable
    public record EngagementView(
            List<Specialty> services,
            EngagementMode mode,
            LocalDate start,
            @Nullable LocalDate end,
            boolean ongoing,
            @Nullable CostBand monthlyCostBand,
            @Nullable Integer teamSize) {}

    @Serdeable
    public record FactsView(
            boolean unannouncedPriceIncrease, Subcontracting subcontracting, AfterHoursIncident afterHoursIncident) {}

    @Serdeable
    public record ReplyView(
            String body, Instant repliedAt, @Nullable Instant editedAt) {}

    @Serdeable
    public record Page(List<ReferenceResponse> items, long total, int page, int size) {}

    static ReferenceResponse of(Reference r, List<Label> labels, @Nullable ReplyView reply, boolean forAuthor) {
        long version = r.version() == null ? 0 : r.version();
        if (r.status() == ReferenceStatus.HIDDEN && !forAuthor) {
            return new ReferenceResponse(
                    r.id(),
                    r.providerId(),
                    r.status(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    Map.of(),
                    null,
                    null,
                    null,
                    false,
                    r.createdAt(),
                    r.editedAt(),
                    r.hiddenReason(),
                    r.hiddenAt(),
                    null,
                    version);
        }
        Engagement e = r.engagement();
        var engagement = new EngagementView(
                Arrays.stream(e.services()).map(Specialty::valueOf).toList(),
                e.mode(),
                e.start(),
                e.end(),
                e.ongoing(),
                e.costBand(),
                e.teamSize());
        var facts = new FactsView(
                r.facts().priceIncrease(), r.facts().subcontracting(), r.facts().afterHoursIncident());
        return new ReferenceResponse(
                r.id(),
                r.providerId(),
                r.status(),
                labels,
                r.authorName(),
                r.company().name(),
                forAuthor ? r.company().siren() : null,
                engagement,
                (int) r.rating(),
                r.ratings().asMap(),
                r.wouldRecommend(),
                facts,
                r.comment(),
                r.contactAllowed(),
                r.createdAt(),
                r.editedAt(),
                r.hiddenReason(),
                r.hiddenAt(),
                reply,
                version);
    }
}
