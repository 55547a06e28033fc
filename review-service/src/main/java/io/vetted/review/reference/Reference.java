package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("reference")
public record Reference(
        @Id @AutoPopulated @Nullable UUID id,
        UUID providerId,
        UUID authorAccountId,
        String authorName,
        String authorEmailDomain,
        @Relation(Relation.Kind.EMBEDDED) Company company,
        @Relation(Relation.Kind.EMBEDDED) Engagement engagement,
        short rating,
        @Relation(Relation.Kind.EMBEDDED) @Nullable CriteriaRatings criteria,
        boolean wouldRecommend,
        @Relation(Relation.Kind.EMBEDDED) Facts facts,
        String comment,
        boolean contactAllowed,
        @Nullable UUID invitationId,
        @Nullable Instant engagementConfirmedAt,
        ReferenceStatus status,
        @Nullable String hiddenReason,
        @Nullable Instant hiddenAt,
        @Nullable Instant withdrawnAt,
        @Nullable Instant underReviewSince,
        @Nullable Instant editedAt,
        @Relation(Relation.Kind.EMBEDDED) Verification verification,
        @Relation(Relation.Kind.EMBEDDED) @Nullable EditTrail edits,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public Reference {
        // an empty trail reads back as null; saved as null, Micronaut Data tries to instantiate the
        // record without arguments and logs a warning on every write
        edits = edits == null ? EditTrail.NONE : edits;
    }

    public CriteriaRatings ratings() {
        return criteria == null ? CriteriaRatings.NONE : criteria;
    }

    public EditTrail editTrail() {
        return edits;
    }

    /** Only Vetted's own checks count as verified; the provider's invitation and confirmation do not. */
    public boolean independentlyVerified() {
        return verification.independent();
    }

    /** The provider vouched for it: invited its author or confirmed the engagement. */
    public boolean providerVouched() {
        return invitationId != null || engagementConfirmedAt != null;
    }

    /** Counted in the reputation, or waiting for a moderator to decide whether it will be. */
    public boolean standing() {
        return status == ReferenceStatus.PUBLISHED || status == ReferenceStatus.UNDER_REVIEW;
    }

    /**
     * An edit: a substantive one ({@code trail} given) takes back every confirmation of the earlier
     * wording, the provider's and Vetted's, until they are given again.
     */
    Reference withContent(ReferenceContent content, Instant now, @Nullable EditTrail trail) {
        boolean substantive = trail != null;
        return with(
                content,
                substantive ? null : engagementConfirmedAt,
                status,
                hiddenReason,
                hiddenAt,
                withdrawnAt,
                underReviewSince,
                now,
                substantive ? verification.pending() : verification,
                substantive ? trail : edits);
    }

    /** HIDDEN keeps {@code reason} for readers; WITHDRAWN keeps an earlier hiding on record. */
    public Reference withStatus(ReferenceStatus newStatus, @Nullable String reason, Instant now) {
        boolean hidden = newStatus == ReferenceStatus.HIDDEN;
        boolean withdrawn = newStatus == ReferenceStatus.WITHDRAWN;
        return with(
                content(),
                engagementConfirmedAt,
                newStatus,
                hidden ? reason : withdrawn ? hiddenReason : null,
                hidden ? now : withdrawn ? hiddenAt : null,
                withdrawn ? now : withdrawnAt,
                newStatus != ReferenceStatus.UNDER_REVIEW ? null : underReviewSince != null ? underReviewSince : now,
                editedAt,
                verification,
                edits);
    }

    public Reference confirmed(Instant now) {
        return with(
                content(),
                now,
                status,
                hiddenReason,
                hiddenAt,
                withdrawnAt,
                underReviewSince,
                editedAt,
                verification,
                edits);
    }

    public Reference withVerification(Verification newVerification) {
        return with(
                content(),
                engagementConfirmedAt,
                status,
                hiddenReason,
                hiddenAt,
                withdrawnAt,
                underReviewSince,
                editedAt,
                newVerification,
                edits);
    }

    /** The author's words as they stand, kept as a revision before an edit replaces them. */
    ReferenceContent content() {
        return new ReferenceContent(
                company, engagement, rating, ratings(), wouldRecommend, facts, comment, contactAllowed);
    }

    private Reference with(
            ReferenceContent content,
            @Nullable Instant confirmedAt,
            ReferenceStatus newStatus,
            @Nullable String newHiddenReason,
            @Nullable Instant newHiddenAt,
            @Nullable Instant newWithdrawnAt,
            @Nullable Instant newUnderReviewSince,
            @Nullable Instant newEditedAt,
            Verification newVerification,
            @Nullable EditTrail newEdits) {
        return new Reference(
                id,
                providerId,
                authorAccountId,
                authorName,
                authorEmailDomain,
                content.company(),
                content.engagement(),
                content.rating(),
                content.criteria(),
                content.wouldRecommend(),
                content.facts(),
                content.comment(),
                content.contactAllowed(),
                invitationId,
                confirmedAt,
                newStatus,
                newHiddenReason,
                newHiddenAt,
                newWithdrawnAt,
                newUnderReviewSince,
                newEditedAt,
                newVerification,
                newEdits,
                version,
                createdAt,
                updatedAt);
    }
}
