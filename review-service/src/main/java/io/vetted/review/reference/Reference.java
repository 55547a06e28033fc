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
        @Nullable Instant editedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public CriteriaRatings ratings() {
        return criteria == null ? CriteriaRatings.NONE : criteria;
    }

    public boolean verified() {
        return invitationId != null || engagementConfirmedAt != null;
    }

    Reference withContent(ReferenceContent content, Instant now) {
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
                engagementConfirmedAt,
                status,
                hiddenReason,
                hiddenAt,
                withdrawnAt,
                now,
                version,
                createdAt,
                updatedAt);
    }

    public Reference withStatus(ReferenceStatus newStatus, @Nullable String reason, Instant now) {
        boolean hidden = newStatus == ReferenceStatus.HIDDEN;
        return new Reference(
                id,
                providerId,
                authorAccountId,
                authorName,
                authorEmailDomain,
                company,
                engagement,
                rating,
                criteria,
                wouldRecommend,
                facts,
                comment,
                contactAllowed,
                invitationId,
                engagementConfirmedAt,
                newStatus,
                hidden ? reason : null,
                hidden ? now : null,
                newStatus == ReferenceStatus.WITHDRAWN ? now : withdrawnAt,
                editedAt,
                version,
                createdAt,
                updatedAt);
    }

    public Reference confirmed(Instant now) {
        return new Reference(
                id,
                providerId,
                authorAccountId,
                authorName,
                authorEmailDomain,
                company,
                engagement,
                rating,
                criteria,
                wouldRecommend,
                facts,
                comment,
                contactAllowed,
                invitationId,
                now,
                status,
                hiddenReason,
                hiddenAt,
                withdrawnAt,
                editedAt,
                version,
                createdAt,
                updatedAt);
    }

    /** The author's words as they stand, kept as a revision before an edit replaces them. */
    ReferenceContent content() {
        return new ReferenceContent(
                company, engagement, rating, ratings(), wouldRecommend, facts, comment, contactAllowed);
    }
}
