package io.vetted.review.evidence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.limits.Activity;
import io.vetted.review.limits.DailyLimits;
import io.vetted.review.moderation.Decisions;
import io.vetted.review.moderation.ModerationCases;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Engagement evidence: stored privately in the database until a moderator decides, served to
 * moderators only, deleted as soon as they decide. Accepted, it earns the reference "engagement
 * evidence checked", an independent level.
 */
@Singleton
class EvidenceService {

    // the file as read from its bytea column, handed straight to the response
    @SuppressWarnings("ArrayRecordComponent")
    record Stored(String contentType, byte[] data) {}

    private final JdbcOperations jdbc;
    private final ReferenceChanges references;
    private final ModerationCases cases;
    private final Decisions decisions;
    private final DailyLimits limits;

    EvidenceService(
            JdbcOperations jdbc,
            ReferenceChanges references,
            ModerationCases cases,
            Decisions decisions,
            DailyLimits limits) {
        this.jdbc = jdbc;
        this.references = references;
        this.cases = cases;
        this.decisions = decisions;
        this.limits = limits;
    }

    @Transactional
    Reference upload(UUID id, UUID author, byte[] content) {
        Reference reference = references.visible(id, "given evidence");
        if (!reference.authorAccountId().equals(author)) {
            throw ApiProblems.forbidden("Only its author may attach evidence to a reference");
        }
        if (reference.verification().evidenceCheckedAt() != null) {
            throw ApiProblems.unprocessable(
                    "file", "is not needed: a moderator already checked this engagement's evidence");
        }
        if (content.length == 0 || content.length > EvidenceFile.MAX_BYTES) {
            throw ApiProblems.unprocessable("file", "must be between 1 byte and 5 MB");
        }
        String type = EvidenceFile.contentType(content);
        if (type == null) {
            throw ApiProblems.unprocessable("file", "must be a PDF, PNG or JPEG file (its content says otherwise)");
        }
        limits.take(author, Activity.EVIDENCE);
        jdbc.prepareStatement("""
                INSERT INTO engagement_evidence (reference_id, content_type, size, data, uploaded_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (reference_id) DO UPDATE SET content_type = EXCLUDED.content_type, size = EXCLUDED.size,
                       data = EXCLUDED.data, uploaded_at = EXCLUDED.uploaded_at""", statement -> {
            statement.setObject(1, id);
            statement.setString(2, type);
            statement.setInt(3, content.length);
            statement.setBytes(4, content);
            return statement.executeUpdate();
        });
        cases.refresh(id);
        return reference;
    }

    @ReadOnly
    Optional<Stored> stored(UUID id) {
        return jdbc.prepareStatement(
                "SELECT content_type, data FROM engagement_evidence WHERE reference_id = ?", statement -> {
                    statement.setObject(1, id);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new Stored(row.getString(1), row.getBytes(2)))
                                : Optional.empty();
                    }
                });
    }

    @Transactional
    Reference decide(UUID id, boolean accepted, String reason, UUID moderator) {
        Reference reference = references.require(id);
        int deleted = jdbc.prepareStatement("DELETE FROM engagement_evidence WHERE reference_id = ?", statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate();
        });
        if (deleted == 0) {
            throw ApiProblems.unprocessable("referenceId", "has no evidence waiting for a decision");
        }
        Reference decided = accepted
                ? references.verificationChanged(
                        reference, reference.verification().evidenceChecked(Instant.now()))
                : reference;
        decisions.log(decided, accepted ? "EVIDENCE_ACCEPTED" : "EVIDENCE_REJECTED", reason, moderator);
        cases.refresh(id);
        return decided;
    }
}
