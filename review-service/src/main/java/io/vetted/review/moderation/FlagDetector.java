package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.reference.Reference;
import io.vetted.review.trust.TrustCheck;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Raises flags on a reference as it is written or edited (docs/trust.md): the trust check's
 * findings, a burst of references on one provider, a near-duplicate text, several references from
 * accounts new to Vetted, an author whose earlier reference here was hidden. When a burst or a wave
 * of new accounts is detected, the references of the window that already counted are flagged and
 * held too. References Vetted verified independently are not held for timing alone.
 */
@Singleton
public class FlagDetector {

    static final int BURST_REFERENCES_PER_DAY = 5;
    static final int NEW_AUTHORS_PER_WEEK = 3;

    private static final String NOT_INDEPENDENT =
            " AND r.verification_check <> 'VERIFIED' AND r.verification_evidence_checked_at IS NULL";
    private static final String BURST_WINDOW = """
            FROM reference r WHERE r.provider_id = ? AND r.status <> 'WITHDRAWN'
               AND r.created_at > now() - interval '24 hours'""";
    private static final String NEWCOMER_WINDOW = """
            FROM reference r JOIN reviewer a ON a.account_id = r.author_account_id
             WHERE r.provider_id = ? AND r.status <> 'WITHDRAWN' AND r.created_at > now() - interval '7 days'
               AND a.first_seen_at > r.created_at - interval '7 days'""";

    private final JdbcOperations jdbc;
    private final NearDuplicates duplicates;
    private final Quarantine quarantine;
    private final ModerationCases cases;

    FlagDetector(JdbcOperations jdbc, NearDuplicates duplicates, Quarantine quarantine, ModerationCases cases) {
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.quarantine = quarantine;
        this.cases = cases;
    }

    /** Flags a new reference, holds the earlier ones a burst reveals, and returns the new one's flags. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<FlagKind> inspect(Reference reference, List<TrustCheck.Finding> findings, boolean membershipUnchecked) {
        UUID id = reference.id();
        Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
        findings.forEach(f -> raise(id, f.kind(), f.detail(), raised));
        duplicates.index(id, reference.comment());
        if (!reference.independentlyVerified()) {
            int recent = count("SELECT count(*) " + BURST_WINDOW, reference.providerId());
            if (recent >= BURST_REFERENCES_PER_DAY) {
                String detail = recent + " references on this provider within 24 hours";
                raise(id, FlagKind.BURST, detail, raised);
                holdOthers("SELECT r.id " + BURST_WINDOW + NOT_INDEPENDENT, reference, FlagKind.BURST, detail);
            }
            int newcomers = count("SELECT count(*) " + NEWCOMER_WINDOW, reference.providerId());
            if (newcomers >= NEW_AUTHORS_PER_WEEK) {
                String detail = newcomers + " references this week from accounts new to Vetted";
                raise(id, FlagKind.NEW_ACCOUNTS, detail, raised);
                holdOthers(
                        "SELECT r.id " + NEWCOMER_WINDOW + NOT_INDEPENDENT, reference, FlagKind.NEW_ACCOUNTS, detail);
            }
        }
        nearDuplicate(reference, raised);
        reappeared(reference, raised);
        if (membershipUnchecked) {
            raise(
                    id,
                    FlagKind.MEMBERSHIP_UNCHECKED,
                    "Written while vendor-service was unreachable: the author's link to the provider's team was not checked",
                    raised);
        }
        return raised;
    }

    /** Raises the findings of a later check (the verification job's); returns the kinds newly raised. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<FlagKind> raise(UUID referenceId, List<TrustCheck.Finding> findings) {
        Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
        findings.forEach(f -> raise(referenceId, f.kind(), f.detail(), raised));
        return raised;
    }

    /** An edit is checked for copies again: rewording a reference into another's text is caught too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<FlagKind> inspectEdit(Reference reference) {
        Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
        duplicates.index(reference.id(), reference.comment());
        nearDuplicate(reference, raised);
        return raised;
    }

    private void nearDuplicate(Reference reference, Set<FlagKind> raised) {
        UUID twin = duplicates.twinOf(reference.id(), reference.providerId(), reference.comment());
        if (twin != null) {
            raise(reference.id(), FlagKind.NEAR_DUPLICATE, "Text nearly identical to reference " + twin, raised);
        }
    }

    /** The same author's reference on this provider was hidden by a moderator within 12 months. */
    private void reappeared(Reference reference, Set<FlagKind> raised) {
        String history = jdbc.prepareStatement("""
                SELECT id, hidden_at::date, hidden_reason, status, withdrawn_at::date FROM reference
                 WHERE provider_id = ? AND author_account_id = ? AND id <> ? AND hidden_at IS NOT NULL
                   AND status IN ('HIDDEN', 'WITHDRAWN') AND hidden_at > now() - interval '12 months'
                 ORDER BY hidden_at DESC LIMIT 1""", statement -> {
            statement.setObject(1, reference.providerId());
            statement.setObject(2, reference.authorAccountId());
            statement.setObject(3, reference.id());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                String text = "The author's reference " + row.getString(1) + " on this provider was hidden on "
                        + row.getString(2) + " (\"" + row.getString(3) + "\")";
                return "WITHDRAWN".equals(row.getString(4)) ? text + " and withdrawn on " + row.getString(5) : text;
            }
        });
        if (history != null) {
            raise(reference.id(), FlagKind.REAPPEARED, history, raised);
        }
    }

    private void holdOthers(String sql, Reference reference, FlagKind kind, String detail) {
        // a reference a moderator already cleared of this kind of flag is not held for it again
        String published = sql + " AND r.status = 'PUBLISHED' AND r.id <> ?"
                + " AND NOT EXISTS (SELECT 1 FROM reference_flag f WHERE f.reference_id = r.id AND f.kind = ?)";
        List<UUID> others = jdbc.prepareStatement(published, statement -> {
            statement.setObject(1, reference.providerId());
            statement.setObject(2, reference.id());
            statement.setString(3, kind.name());
            List<UUID> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        });
        for (UUID other : others) {
            Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
            raise(other, kind, detail, raised);
            if (!raised.isEmpty()) {
                quarantine.hold(other, kind);
                cases.refresh(other);
            }
        }
    }

    private int count(String sql, UUID providerId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, providerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /** Adds {@code kind} to {@code raised} when the flag was not already open on the reference. */
    private void raise(UUID referenceId, FlagKind kind, String detail, Set<FlagKind> raised) {
        int inserted = jdbc.prepareStatement("""
                INSERT INTO reference_flag (id, reference_id, kind, detail, created_at) VALUES (?, ?, ?, ?, now())
                ON CONFLICT (reference_id, kind) WHERE resolved_at IS NULL DO NOTHING""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, referenceId);
            statement.setString(3, kind.name());
            statement.setString(4, detail.length() > 500 ? detail.substring(0, 500) : detail);
            return statement.executeUpdate();
        });
        if (inserted > 0) {
            raised.add(kind);
        }
    }
}
