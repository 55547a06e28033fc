package io.vetted.review.trust;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.moderation.FlagDetector;
import io.vetted.review.moderation.ModerationCases;
import io.vetted.review.moderation.Quarantine;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stores a later check's result with its consequences (flags, quarantine, reputation) in one transaction. */
@Singleton
class VerificationUpdates {

    private final ReferenceChanges references;
    private final FlagDetector flags;
    private final Quarantine quarantine;
    private final ModerationCases cases;
    private final JdbcOperations jdbc;

    VerificationUpdates(
            ReferenceChanges references,
            FlagDetector flags,
            Quarantine quarantine,
            ModerationCases cases,
            JdbcOperations jdbc) {
        this.references = references;
        this.flags = flags;
        this.quarantine = quarantine;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Transactional
    Reference apply(UUID id, TrustCheck.Verdict verdict) {
        Reference current = references.require(id);
        Reference checked = references.verificationChanged(
                current, current.verification().checked(verdict.check(), verdict.registeredName(), Instant.now()));
        Reference held = quarantine.hold(checked, flags.raise(id, verdict.flags()));
        cases.refresh(id);
        if (held.status() != checked.status()) {
            references.recompute(held.providerId());
        }
        return held;
    }

    /** PENDING ones, and UNCHECKED ones written or edited within a week; oldest check first, an hour apart at least. */
    @ReadOnly
    List<UUID> due(int batch) {
        return jdbc.prepareStatement("""
                SELECT id FROM reference
                 WHERE verification_check IN ('PENDING', 'UNCHECKED') AND status IN ('PUBLISHED', 'UNDER_REVIEW')
                   AND verification_checked_at < now() - interval '1 hour'
                   AND (verification_check = 'PENDING' OR coalesce(edited_at, created_at) > now() - interval '7 days')
                 ORDER BY verification_checked_at LIMIT ?""", statement -> {
            statement.setInt(1, batch);
            List<UUID> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        });
    }

    /** A check that failed is tried again later, not at once. */
    @Transactional
    void postpone(UUID id) {
        jdbc.prepareStatement("UPDATE reference SET verification_checked_at = now() WHERE id = ?", statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate();
        });
    }
}
