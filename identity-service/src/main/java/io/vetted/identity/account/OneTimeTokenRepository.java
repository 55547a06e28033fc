package io.vetted.identity.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OneTimeTokenRepository extends CrudRepository<OneTimeToken, UUID> {

    Optional<OneTimeToken> findByTokenHashAndPurpose(String tokenHash, OneTimeToken.Purpose purpose);

    /** Marks the link used unless it already was: 1 for the one request that wins, 0 for a replay. */
    @Query("UPDATE one_time_token SET used_at = now() WHERE id = :id AND used_at IS NULL AND expires_at > now()")
    int consume(UUID id);

    @Query(
            "UPDATE one_time_token SET used_at = now() WHERE account_id = :accountId AND purpose = :purpose AND used_at IS NULL")
    void spendAll(UUID accountId, String purpose);

    @Query("UPDATE one_time_token SET used_at = coalesce(used_at, now()), password_hash = NULL, role = NULL,"
            + " display_name = NULL, language = NULL WHERE account_id = :accountId AND purpose = :purpose")
    void spendAndForgetAll(UUID accountId, String purpose);
}
