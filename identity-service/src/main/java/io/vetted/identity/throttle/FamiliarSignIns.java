package io.vetted.identity.throttle;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.auth.OpaqueTokens;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The addresses and devices that completed a sign-in to an account, as digests: when failures
 * from elsewhere pause password sign-in for the account, its owner at home keeps access.
 */
@Singleton
class FamiliarSignIns {

    private final JdbcOperations jdbc;

    FamiliarSignIns(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = REQUIRES_NEW)
    public void remember(List<String> signals) {
        for (String signal : signals) {
            jdbc.prepareStatement("""
                    INSERT INTO login_familiar (key, last_seen_at) VALUES (?, now())
                    ON CONFLICT (key) DO UPDATE SET last_seen_at = now()""", statement -> {
                statement.setString(1, key(signal));
                return statement.executeUpdate();
            });
        }
    }

    @Transactional(propagation = REQUIRES_NEW, readOnly = true)
    public boolean anyKnown(List<String> signals) {
        String[] keys = signals.stream().map(FamiliarSignIns::key).toArray(String[]::new);
        return jdbc.prepareStatement("SELECT 1 FROM login_familiar WHERE key = ANY (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", keys));
            try (var row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    private static String key(String signal) {
        return "familiar:" + OpaqueTokens.hash(signal);
    }
}
