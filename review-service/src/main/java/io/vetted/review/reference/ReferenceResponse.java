package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.review.trust.ClientCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reference as readers see it. {@code labels} say how far it was checked and {@code vouchers}
 * who vouched for each; {@code underReview} says why it is held out of the rating;
 * {@code substantiveEdit} shows its latest substantive change ("rating was 5, now 2"). A hidden
 * reference keeps only its dates and the moderator's public reason; {@code companySiren} and
 * {@code verification} are only shown to the author.
 */
@Serdeable
public record ReferenceResponse(
        UUID id,
        UUID providerId,
        ReferenceStatus status,
        List<Label> labels,
        List<VoucherView> vouchers,
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
        @Nullable SubstantiveEdit substantiveEdit,
        int revisionCount,
        @Nullable UnderReview underReview,
        @Nullable String hiddenReason,
        @Nullable Instant hiddenAt,
        @Nullable ReplyView reply,
        @Nullable VerificationView verification,
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

    /** A hidden reply keeps only the moderator's reason. */
    @Serdeable
    public record ReplyView(
            @Nullable String body,
            Instant repliedAt,
            @Nullable Instant editedAt,
            boolean hidden,
            @Nullable String hiddenReason) {}

    @Serdeable
    public record VoucherView(Label label, Label.Voucher vouchedBy, boolean independent) {}

    @Serdeable
    public record Reason(String kind, String explanation) {}

    @Serdeable
    public record UnderReview(Instant since, List<Reason> reasons) {}

    @Serdeable
    public record SubstantiveEdit(Instant editedAt, int ratingBefore, int ratingNow, List<Change> changes) {}

    /** {@code evidence}: NONE, PENDING (waiting for a moderator) or CHECKED. */
    @Serdeable
    public record VerificationView(
            ClientCheck check, @Nullable String registeredCompanyName, String evidence) {}

    @Serdeable
    public record Page(List<ReferenceResponse> items, long total, int page, int size) {}

    /** What {@link ReferenceViews} gathers beside the reference itself. */
    record Extras(
            List<Label> labels,
            @Nullable ReplyView reply,
            List<Reason> reviewReasons,
            int revisionCount,
            boolean evidencePending) {}

    static ReferenceResponse of(Reference r, Extras extras, boolean forAuthor) {
        long version = r.version() == null ? 0 : r.version();
        if (r.status() == ReferenceStatus.HIDDEN && !forAuthor) {
            return new ReferenceResponse(
                    r.id(),
                    r.providerId(),
                    r.status(),
                    List.of(),
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
                    null,
                    0,
                    null,
                    r.hiddenReason(),
                    r.hiddenAt(),
                    null,
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
        EditTrail trail = r.editTrail();
        var substantive = trail.substantiveAt() == null || trail.previousRating() == null
                ? null
                : new SubstantiveEdit(
                        trail.substantiveAt(),
                        trail.previousRating(),
                        r.rating(),
                        trail.changes() == null
                                ? List.of()
                                : Arrays.stream(trail.changes())
                                        .map(Change::valueOf)
                                        .toList());
        var verification = !forAuthor
                ? null
                : new VerificationView(
                        r.verification().check(),
                        r.verification().registeredName(),
                        r.verification().evidenceCheckedAt() != null
                                ? "CHECKED"
                                : extras.evidencePending() ? "PENDING" : "NONE");
        return new ReferenceResponse(
                r.id(),
                r.providerId(),
                r.status(),
                extras.labels(),
                extras.labels().stream()
                        .map(l -> new VoucherView(l, l.vouchedBy(), l.independent()))
                        .toList(),
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
                substantive,
                extras.revisionCount(),
                r.underReviewSince() == null ? null : new UnderReview(r.underReviewSince(), extras.reviewReasons()),
                r.hiddenReason(),
                r.hiddenAt(),
                extras.reply(),
                verification,
                version);
    }
}
