package io.vetted.review.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} on reference creation: the key is claimed in the writing transaction, so
 * a retry either finds the reference the first attempt created or, if that attempt failed, starts
 * afresh; a concurrent retry waits on the key's row until the first attempt ends.
 */
@Singleton
class IdempotencyKeys {

    private final JdbcOperations jdbc;

    IdempotencyKeys(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the reference an earlier identical request created, or empty when this request is the first */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> claim(UUID account, String key, String requestHash) {
        boolean claimed = jdbc.prepareStatement("""
                INSERT INTO idempotency_key (account_id, key, request_hash) VALUES (?, ?, ?)
                ON CONFLICT (account_id, key) DO NOTHING""", statement -> {
            statement.setObject(1, account);
            statement.setString(2, key);
            statement.setString(3, requestHash);
            return statement.executeUpdate() == 1;
        });
        if (claimed) {
            return Optional.empty();
        }
        return jdbc.prepareStatement(
                "SELECT request_hash, reference_id FROM idempotency_key WHERE account_id = ? AND key = ?",
                statement -> {
                    statement.setObject(1, account);
                    statement.setString(2, key);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        if (!row.getString(1).equals(requestHash)) {
                            throw ApiProblems.invalidField(
                                    HttpStatus.UNPROCESSABLE_ENTITY,
                                    "Idempotency-Key",
                                    "was already used for a different request; use a new key for a new reference");
                        }
                        return Optional.of(row.getObject(2, UUID.class));
                    }
                });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(UUID account, String key, UUID referenceId) {
        jdbc.prepareStatement(
                "UPDATE idempotency_key SET reference_id = ? WHERE account_id = ? AND key = ?", statement -> {
                    statement.setObject(1, referenceId);
                    statement.setObject(2, account);
                    statement.setString(3, key);
                    return statement.executeUpdate();
                });
    }
}
