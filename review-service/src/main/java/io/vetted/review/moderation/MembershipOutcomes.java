package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores what vendor-service answered, once it answers, about a reference written while it was
 * down. Each outcome first settles the open flag with a conditional update: of two replicas
 * settling the same flag, the second waits on the row lock, then finds it settled and does nothing.
 */
@Singleton
class MembershipOutcomes {

    static final String MEMBER_REASON = "Its author belongs to the provider's team: a provider cannot review itself.";
    private static final String NOT_MEMBER_DETAIL =
            "Checked once vendor-service answered again: the author is not on the provider's team";
    private static final String MEMBER_DETAIL =
            "Checked once vendor-service answered again: the author is on the provider's team, the reference was hidden";

    record Pending(UUID flagId, Instant createdAt, UUID referenceId, UUID providerId, UUID authorId) {}

    private final JdbcOperations jdbc;
    private final ReferenceChanges changes;
    private final ModerationCases cases;
    private final Decisions decisions;

    MembershipOutcomes(JdbcOperations jdbc, ReferenceChanges changes, ModerationCases cases, Decisions decisions) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.cases = cases;
        this.decisions = decisions;
    }

    /** Open membership flags of standing references, oldest first, after ({@code afterTime}, {@code afterId}). */
    @ReadOnly
    List<Pending> pending(Instant afterTime, UUID afterId, int limit) {
        return jdbc.prepareStatement("""
                SELECT f.id, f.created_at, r.id, r.provider_id, r.author_account_id
                  FROM reference_flag f JOIN reference r ON r.id = f.reference_id
                 WHERE f.kind = 'MEMBERSHIP_UNCHECKED' AND f.resolved_at IS NULL
                   AND r.status IN ('PUBLISHED', 'UNDER_REVIEW') AND r.author_account_id IS NOT NULL
                   AND (f.created_at, f.id) > (?, ?)
                 ORDER BY f.created_at, f.id LIMIT ?""", statement -> {
            statement.setTimestamp(1, Timestamp.from(afterTime));
            statement.setObject(2, afterId);
            statement.setInt(3, limit);
            List<Pending> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Pending(
                            rows.getObject(1, UUID.class),
                            rows.getTimestamp(2).toInstant(),
                            rows.getObject(3, UUID.class),
                            rows.getObject(4, UUID.class),
                            rows.getObject(5, UUID.class)));
                }
            }
            return found;
        });
    }

    /**
     * Closes the flag; a reference held only for it is published as a moderator's clearance would.
     *
     * @return whether this call settled the flag
     */
    @Transactional
    boolean notMember(Pending pending) {
        if (settle(pending.flagId(), NOT_MEMBER_DETAIL, true) == 0) {
            return false;
        }
        Reference reference = changes.require(pending.referenceId());
        if (reference.status() == ReferenceStatus.UNDER_REVIEW && !anyOpenFlag(reference.id())) {
            changes.clear(reference.id(), true);
        }
        cases.refresh(reference.id());
        return true;
    }

    /**
     * The author should have been refused: the reference is hidden as a moderator hides it (flags
     * and reports closed, author told, reputation recomputed), the flag saying why.
     *
     * @return whether this call settled the flag
     */
    @Transactional
    boolean member(Pending pending) {
        if (settle(pending.flagId(), MEMBER_DETAIL, false) == 0) {
            return false;
        }
        if (changes.require(pending.referenceId()).standing()) {
            decisions.hide(pending.referenceId(), MEMBER_REASON, null, true);
        } else {
            settle(pending.flagId(), MEMBER_DETAIL, true);
        }
        return true;
    }

    private int settle(UUID flagId, String detail, boolean resolve) {
        return jdbc.prepareStatement(
                "UPDATE reference_flag SET detail = ?, resolved_at = CASE WHEN ? THEN now() END"
                        + " WHERE id = ? AND resolved_at IS NULL",
                statement -> {
                    statement.setString(1, detail);
                    statement.setBoolean(2, resolve);
                    statement.setObject(3, flagId);
                    return statement.executeUpdate();
                });
    }

    private boolean anyOpenFlag(UUID referenceId) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM reference_flag WHERE reference_id = ? AND resolved_at IS NULL", statement -> {
                    statement.setObject(1, referenceId);
                    try (var row = statement.executeQuery()) {
                        return row.next();
                    }
                });
    }
}
