package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * Raises flags on a reference as it is written (docs/reputation.md): a burst of references on one
 * provider, a text nearly identical to another reference, several references on one provider from
 * authors new to the platform. Flags never block a reference; moderators decide.
 */
@Singleton
public class FlagDetector {

    static final int BURST_REFERENCES_PER_DAY = 5;
    static final double NEAR_DUPLICATE_SIMILARITY = 0.8;
    static final int NEAR_DUPLICATE_CANDIDATES = 500;
    static final int NEW_AUTHORS_PER_WEEK = 3;

    private final JdbcOperations jdbc;

    FlagDetector(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void inspect(UUID referenceId, UUID providerId, String comment, boolean membershipUnchecked) {
        int recent = count("""
                SELECT count(*) FROM reference WHERE provider_id = ? AND status <> 'WITHDRAWN'
                   AND created_at > now() - interval '24 hours'""", providerId);
        if (recent >= BURST_REFERENCES_PER_DAY) {
            raise(referenceId, FlagKind.BURST, recent + " references on this provider within 24 hours");
        }
        if (comment.length() >= 40) {
            UUID twin = nearDuplicate(referenceId, providerId, comment);
            if (twin != null) {
                raise(referenceId, FlagKind.NEAR_DUPLICATE, "Text nearly identical to reference " + twin);
            }
        }
        int newcomers = count("""
                SELECT count(*) FROM reference r JOIN reviewer a ON a.account_id = r.author_account_id
                 WHERE r.provider_id = ? AND r.status <> 'WITHDRAWN' AND r.created_at > now() - interval '7 days'
                   AND a.first_seen_at > r.created_at - interval '7 days'""", providerId);
        if (newcomers >= NEW_AUTHORS_PER_WEEK) {
            raise(referenceId, FlagKind.NEW_ACCOUNTS, newcomers + " references this week from accounts new to Vetted");
        }
        if (membershipUnchecked) {
            raise(
                    referenceId,
                    FlagKind.MEMBERSHIP_UNCHECKED,
                    "Written while vendor-service was unreachable: the author's link to the provider's team was not checked");
        }
    }

    /**
     * A text at least {@value #NEAR_DUPLICATE_SIMILARITY} similar among the references that open the
     * same way (the first 64 letters and digits, through its index: V21) and the provider's own; the
     * latest {@value #NEAR_DUPLICATE_CANDIDATES} of them, so that a wave of copies costs no more.
     */
    @Nullable
    private UUID nearDuplicate(UUID referenceId, UUID providerId, String comment) {
        return jdbc.prepareStatement("""
                SELECT id FROM (
                    SELECT id, comment FROM reference
                     WHERE id <> ?
                       AND (left(lower(regexp_replace(comment, '[^[:alnum:]]+', '', 'g')), 64)
                                = left(lower(regexp_replace(?, '[^[:alnum:]]+', '', 'g')), 64)
                            OR provider_id = ?)
                     ORDER BY created_at DESC LIMIT ?) candidate
                 WHERE similarity(comment, ?) >= ?
                 ORDER BY similarity(comment, ?) DESC LIMIT 1""", statement -> {
            statement.setObject(1, referenceId);
            statement.setString(2, comment);
            statement.setObject(3, providerId);
            statement.setInt(4, NEAR_DUPLICATE_CANDIDATES);
            statement.setString(5, comment);
            statement.setDouble(6, NEAR_DUPLICATE_SIMILARITY);
            statement.setString(7, comment);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        });
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

    private void raise(UUID referenceId, FlagKind kind, String detail) {
        jdbc.prepareStatement("""
                INSERT INTO reference_flag (id, reference_id, kind, detail, created_at) VALUES (?, ?, ?, ?, now())
                ON CONFLICT (reference_id, kind) DO NOTHING""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, referenceId);
            statement.setString(3, kind.name());
            statement.setString(4, detail);
            return statement.executeUpdate();
        });
    }
}
