package io.vetted.identity.linkage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stored signals: recorded, compared between accounts, forgotten after the retention period. */
@Singleton
class LinkageStore {

    private final JdbcOperations jdbc;
    private final LinkageSettings settings;

    LinkageStore(JdbcOperations jdbc, LinkageSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** In a transaction of its own: a failure here must not undo the sign-in's audit event. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(UUID account, String kind, String hash) {
        jdbc.prepareStatement("""
                INSERT INTO linkage_signal (account_id, kind, value_hash, first_seen_at, last_seen_at)
                VALUES (?, ?, ?, now(), now())
                ON CONFLICT (account_id, kind, value_hash) DO UPDATE SET last_seen_at = now()""", statement -> {
            statement.setObject(1, account);
            statement.setString(2, kind);
            statement.setString(3, hash);
            return statement.executeUpdate();
        });
    }

    /** Which of {@code others} share a signal with {@code account}, and which kinds, within the retention period. */
    @ReadOnly
    Map<UUID, List<String>> shared(UUID account, List<UUID> others) {
        return jdbc.prepareStatement("""
                SELECT o.account_id, o.kind FROM linkage_signal a
                  JOIN linkage_signal o ON o.kind = a.kind AND o.value_hash = a.value_hash
                 WHERE a.account_id = ? AND o.account_id = ANY (?) AND o.account_id <> a.account_id
                   AND a.last_seen_at > now() - make_interval(secs => ?) AND o.last_seen_at > now() - make_interval(secs => ?)
                   AND (a.kind = 'DEVICE' OR (SELECT count(DISTINCT s.account_id) FROM linkage_signal s
                                               WHERE s.kind = 'ADDRESS' AND s.value_hash = a.value_hash) <= ?)
                 GROUP BY o.account_id, o.kind ORDER BY o.account_id, o.kind""", statement -> {
            double retention = settings.retention().toSeconds();
            statement.setObject(1, account);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", others.toArray()));
            statement.setDouble(3, retention);
            statement.setDouble(4, retention);
            statement.setInt(5, settings.sharedAddressCeiling());
            Map<UUID, List<String>> found = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            return found;
        });
    }

    @Transactional
    int forgetExpired() {
        return jdbc.prepareStatement(
                "DELETE FROM linkage_signal WHERE last_seen_at < now() - make_interval(secs => ?)", statement -> {
                    statement.setDouble(1, (double) settings.retention().toSeconds());
                    return statement.executeUpdate();
                });
    }

    @Transactional
    void forget(UUID account) {
        jdbc.prepareStatement("DELETE FROM linkage_signal WHERE account_id = ?", statement -> {
            statement.setObject(1, account);
            return statement.executeUpdate();
        });
    }
}
