package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * review-service, as the site uses it; the DTOs below are this site's reading of its JSON. Calls
 * go as the signed-in visitor (VisitorTokenForwarding) unless marked {@link Anonymous}.
 */
@Client(id = "review")
public interface ReviewClient {

    @Anonymous
    @Get("/api/providers/{providerId}/references{?page,size,sort,verified,current,criterion}")
    References references(
            @PathVariable UUID providerId,
            @QueryValue int page,
            @QueryValue int size,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean verified,
            @Nullable @QueryValue Boolean current,
            @Nullable @QueryValue String criterion);

    /** @return null when review-service has no reference on this provider */
    @Nullable
    @Anonymous
    @Get("/api/providers/{providerId}/reputation")
    Reputation reputation(@PathVariable UUID providerId);

    @Post("/api/providers/{providerId}/references")
    Reference create(
            @Nullable @Header("Idempotency-Key") String idempotencyKey,
            @PathVariable UUID providerId,
            @Body ReferenceBody reference);

    /** @return null when there is no such reference (or it was withdrawn) */
    @Nullable
    @Get("/api/references/{id}")
    Reference reference(@PathVariable UUID id);

    /** Public while the reference shows; its author's and moderators' otherwise. */
    @Get("/api/references/{id}/revisions")
    List<Revision> revisions(@PathVariable UUID id);

    @Put("/api/references/{id}")
    Reference edit(@PathVariable UUID id, @Body ReferenceBody reference);

    @Post("/api/references/{id}/withdrawal")
    Reference withdraw(@PathVariable UUID id);

    @Get("/api/references/mine")
    List<Reference> mine();

    /** null when review-service answers 404: it knows only published profiles (the page says so). */
    @AnswersNotFound
    @Post("/api/providers/{providerId}/invitations")
    Invitation invite(@PathVariable UUID providerId, @Body Map<String, String> invitation);

    @Get("/api/providers/{providerId}/invitations")
    List<Invitation> invitations(@PathVariable UUID providerId);

    /** @return null for an unknown link */
    @Nullable
    @Anonymous
    @Get("/api/invitations/{token}")
    InvitationPreview invitation(@PathVariable String token);

    @Post("/api/references/{id}/confirmation")
    Reference confirm(@PathVariable UUID id);

    @Put("/api/references/{id}/reply")
    Reply reply(@PathVariable UUID id, @Body Map<String, String> reply);

    @Post("/api/references/{id}/reports")
    Map<String, Object> report(@PathVariable UUID id, @Body Map<String, String> report);

    @Post("/api/references/{id}/disputes")
    Map<String, Object> dispute(@PathVariable UUID id, @Body Map<String, String> dispute);

    /** The moderation queue, a page at a time: {@code sort} RISK (default) or AGE, filtered by case kind and provider. */
    @Get("/api/moderation/cases{?page,size,sort,kind,providerId}")
    CasePage cases(
            @QueryValue int page,
            @QueryValue int size,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue UUID providerId);

    /** One decision (CLEAR or HIDE) with one reason on a provider's open cases: all, or {@code referenceIds}. */
    @Post("/api/moderation/providers/{providerId}/decisions")
    BulkResult decideAll(@PathVariable UUID providerId, @Body BulkDecision decision);

    @Post("/api/moderation/references/{id}/hide")
    Reference hide(@PathVariable UUID id, @Body Map<String, String> reason);

    @Post("/api/moderation/references/{id}/restore")
    Reference restore(@PathVariable UUID id);

    @Post("/api/moderation/references/{id}/dismissal")
    Reference dismiss(@PathVariable UUID id);

    @Post("/api/moderation/disputes/{id}/decision")
    Map<String, Object> decide(@PathVariable UUID id, @Body Map<String, String> decision);

    /** Accept ({@code accepted} true: "engagement evidence checked") or reject the evidence, with a reason; the file is deleted either way. */
    @Post("/api/moderation/references/{id}/evidence/decision")
    Reference decideEvidence(@PathVariable UUID id, @Body Map<String, Object> decision);

    @Post("/api/references/{id}/contact-requests")
    ContactRequest askContact(@PathVariable UUID id, @Body Map<String, String> request);

    @Get("/api/contact-requests/received")
    List<ContactRequest> contactRequestsReceived();

    @Get("/api/contact-requests/sent")
    List<ContactRequest> contactRequestsSent();

    @Post("/api/contact-requests/{id}/acceptance")
    ContactRequest acceptContact(@PathVariable UUID id, @Body Map<String, String> acceptance);

    @Post("/api/contact-requests/{id}/refusal")
    ContactRequest declineContact(@PathVariable UUID id);

    @Serdeable
    record References(List<Reference> items, long total, int page, int size) {
        public References {
            items = items == null ? List.of() : items;
        }
    }

    @Serdeable
    record Reference(
            UUID id,
            UUID providerId,
            String status,
            List<String> labels,
            List<Voucher> vouchers,
            @Nullable String authorName,
            @Nullable String companyName,
            @Nullable String companySiren,
            @Nullable Engagement engagement,
            @Nullable Integer rating,
            Map<String, Integer> criteria,
            @Nullable Boolean wouldRecommend,
            @Nullable Facts facts,
            @Nullable String comment,
            boolean contactAllowed,
            Instant publishedAt,
            @Nullable Instant editedAt,
            @Nullable SubstantiveEdit substantiveEdit,
            int revisionCount,
            @Nullable UnderReview underReview,
            @Nullable String hiddenReason,
            @Nullable Instant hiddenAt,
            @Nullable Reply reply,
            @Nullable Verification verification,
            long version) {
        public Reference {
            labels = labels == null ? List.of() : labels;
            vouchers = vouchers == null ? List.of() : vouchers;
            criteria = criteria == null ? Map.of() : criteria;
        }

        /** Shown but held out of the reputation until a moderator decides. */
        public boolean underReviewNow() {
            return "UNDER_REVIEW".equals(status) && underReview != null;
        }

        public boolean hidden() {
            return "HIDDEN".equals(status);
        }

        /** Shown and editable by its author: counted, or waiting for a moderator ("under review"). */
        public boolean published() {
            return "PUBLISHED".equals(status) || "UNDER_REVIEW".equals(status);
        }
    }

    @Serdeable
    record Engagement(
            List<String> services,
            String mode,
            LocalDate start,
            @Nullable LocalDate end,
            boolean ongoing,
            @Nullable String monthlyCostBand,
            @Nullable Integer teamSize) {
        public Engagement {
            services = services == null ? List.of() : services;
        }
    }

    @Serdeable
    record Facts(boolean unannouncedPriceIncrease, String subcontracting, String afterHoursIncident) {}

    /** A hidden reply keeps only the moderator's reason. */
    @Serdeable
    record Reply(
            @Nullable String body,
            Instant repliedAt,
            @Nullable Instant editedAt,
            boolean hidden,
            @Nullable String hiddenReason) {}

    /** Who stands behind a label: PROVIDER, VETTED, MODERATOR or NOBODY; only independent ones count as verified. */
    @Serdeable
    record Voucher(String label, String vouchedBy, boolean independent) {}

    /** {@code explanation} is review-service's English wording; the site words it by {@code kind}. */
    @Serdeable
    record Reason(String kind, String explanation) {}

    @Serdeable
    record UnderReview(Instant since, List<Reason> reasons) {
        public UnderReview {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    /** The latest substantive change, shown publicly: "edited on …, rating was 5, now 2". */
    @Serdeable
    record SubstantiveEdit(Instant editedAt, int ratingBefore, int ratingNow, List<String> changes) {
        public SubstantiveEdit {
            changes = changes == null ? List.of() : changes;
        }
    }

    /** Only for the author: where Vetted's check stands and whether evidence waits (NONE, PENDING, CHECKED). */
    @Serdeable
    record Verification(String check, @Nullable String registeredCompanyName, String evidence) {}

    /** An earlier wording of a reference, from {@code writtenAt} until an edit replaced it. */
    @Serdeable
    record Revision(
            int revision,
            int rating,
            String comment,
            Instant writtenAt,
            Instant replacedAt,
            Map<String, Integer> criteria,
            String companyName,
            List<String> services,
            LocalDate engagementStart,
            @Nullable LocalDate engagementEnd,
            boolean substantive,
            List<String> changes) {
        public Revision {
            criteria = criteria == null ? Map.of() : criteria;
            services = services == null ? List.of() : services;
            changes = changes == null ? List.of() : changes;
        }
    }

    @Serdeable
    record Reputation(
            long version,
            int referenceCount,
            int verifiedReferenceCount,
            Map<String, Integer> labels,
            @Nullable BigDecimal averageRating,
            @Nullable BigDecimal bayesianRating,
            @Nullable BigDecimal recommendShare,
            @Nullable BigDecimal priceIncreaseShare,
            int currentClientCount,
            Map<String, BigDecimal> criteria,
            List<Integer> distribution) {
        public static final Reputation NONE =
                new Reputation(0, 0, 0, Map.of(), null, null, null, null, 0, Map.of(), List.of(0, 0, 0, 0, 0));

        public Reputation {
            labels = labels == null ? Map.of() : labels;
            criteria = criteria == null ? Map.of() : criteria;
            distribution = distribution == null || distribution.size() != 5 ? List.of(0, 0, 0, 0, 0) : distribution;
        }
    }

    /** What the site sends to create or edit a reference; see review-service's ReferenceRequest. */
    @Serdeable
    record ReferenceBody(
            Company company,
            EngagementBody engagement,
            @Nullable Integer rating,
            Map<String, Integer> criteria,
            @Nullable Boolean wouldRecommend,
            FactsBody facts,
            String comment,
            boolean contactAllowed,
            @Nullable String invitationToken,
            @Nullable Long version) {}

    @Serdeable
    record Company(String name, @Nullable String siren) {}

    @Serdeable
    record EngagementBody(
            List<String> services,
            @Nullable String mode,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable String monthlyCostBand,
            @Nullable Integer teamSize) {}

    @Serdeable
    record FactsBody(
            @Nullable Boolean unannouncedPriceIncrease,
            @Nullable String subcontracting,
            @Nullable String afterHoursIncident) {}

    @Serdeable
    record Invitation(
            UUID id,
            UUID providerId,
            String email,
            String status,
            Instant expiresAt,
            Instant createdAt,
            @Nullable UUID referenceId,
            @Nullable String token) {}

    @Serdeable
    record InvitationPreview(
            UUID providerId, String providerName, String emailHint, String status, Instant expiresAt) {}

    /** A case waiting for a moderator: its {@code risk} (sum of its kinds'), since when, and the author's history on the provider. */
    @Serdeable
    record QueueItem(
            Reference reference,
            List<Report> reports,
            List<Flag> flags,
            @Nullable Dispute dispute,
            int risk,
            Instant waitingSince,
            List<String> kinds,
            List<HistoryEntry> history,
            boolean evidencePending) {
        public QueueItem {
            reports = reports == null ? List.of() : reports;
            flags = flags == null ? List.of() : flags;
            kinds = kinds == null ? List.of() : kinds;
            history = history == null ? List.of() : history;
        }
    }

    /** An earlier reference of the same author on the same provider, and what moderators decided about it. */
    @Serdeable
    record HistoryEntry(
            UUID referenceId,
            String status,
            Instant publishedAt,
            @Nullable Instant hiddenAt,
            @Nullable String hiddenReason,
            @Nullable Instant withdrawnAt,
            List<String> decisions) {
        public HistoryEntry {
            decisions = decisions == null ? List.of() : decisions;
        }
    }

    @Serdeable
    record Counts(
            long waiting, @Nullable Instant oldestWaitingSince, long oldestWaitingSeconds, Map<String, Long> byKind) {
        public Counts {
            byKind = byKind == null ? Map.of() : byKind;
        }
    }

    @Serdeable
    record CasePage(List<QueueItem> items, long total, int page, int size, Counts counts) {
        public CasePage {
            items = items == null ? List.of() : items;
        }
    }

    /** {@code referenceIds} null: every open case of the provider. */
    @Serdeable
    record BulkDecision(
            String action, String reason, @Nullable List<UUID> referenceIds) {}

    @Serdeable
    record BulkResult(int decided, List<UUID> referenceIds) {}

    /** {@code target}: REFERENCE or REPLY. */
    @Serdeable
    record Report(
            UUID id,
            String reason,
            @Nullable String details,
            @Nullable String target,
            boolean anonymous,
            Instant createdAt) {}

    @Serdeable
    record Flag(String kind, String detail, Instant createdAt) {}

    @Serdeable
    record Dispute(
            UUID id,
            UUID referenceId,
            String details,
            @Nullable String outcome,
            Instant createdAt) {}

    @Serdeable
    record ContactRequest(
            UUID id,
            UUID referenceId,
            UUID providerId,
            String referenceAuthorName,
            String referenceCompanyName,
            String requesterName,
            String requesterCompany,
            String message,
            String status,
            @Nullable String sharedContact,
            Instant createdAt,
            @Nullable Instant decidedAt) {}
}
