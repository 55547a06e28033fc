package io.vetted.buyer.watch;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.buyer.limits.LimitsConfiguration;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An account's explicit watches: one row per provider, so watching twice changes nothing. */
@Singleton
class Watches {

    private final JdbcOperations jdbc;
    private final LimitsConfiguration limits;

    Watches(JdbcOperations jdbc, LimitsConfiguration limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    @ReadOnly
    List<UUID> of(UUID account) {
        return jdbc.prepareStatement(
                "SELECT provider_id FROM provider_watch WHERE account_id = ? ORDER BY created_at DESC, provider_id",
                statement -> {
                    statement.setObject(1, account);
                    List<UUID> providers = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            providers.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return providers;
                });
    }

    @Transactional
    void watch(UUID account, UUID provider) {
        List<UUID> watched = of(account);
        if (watched.contains(provider)) {
            return;
        }
        if (watched.size() >= limits.watches()) {
            throw ApiProblems.conflict("You already watch " + limits.watches() + " providers, the most you may.");
        }
        update(
                "INSERT INTO provider_watch (account_id, provider_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                account,
                provider);
    }

    @Transactional
    void unwatch(UUID account, UUID provider) {
        update("DELETE FROM provider_watch WHERE account_id = ? AND provider_id = ?", account, provider);
    }

    private void update(String sql, UUID account, UUID provider) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, account);
            statement.setObject(2, provider);
            return statement.executeUpdate();
        });
    }
}
