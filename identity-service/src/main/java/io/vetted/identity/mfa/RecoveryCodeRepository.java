package io.vetted.identity.mfa;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RecoveryCodeRepository extends CrudRepository<RecoveryCode, UUID> {

    @Query(
            "UPDATE recovery_code SET used_at = now() WHERE account_id = :accountId AND code_hash = :codeHash AND used_at IS NULL")
    int spend(UUID accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(UUID accountId);

    void deleteByAccountId(UUID accountId);
}
