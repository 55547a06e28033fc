package io.vetted.identity.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    @Query("UPDATE refresh_token SET replaced_by = :next WHERE id = :id")
    void markReplaced(UUID id, UUID next);

    /** Whether the sign-in is still on: some token of its family neither revoked nor past the family's end. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM refresh_token
                           WHERE family_id = :familyId AND account_id = :accountId
                             AND revoked_at IS NULL AND family_expires_at > now())""")
    boolean familyActive(UUID familyId, UUID accountId);

    /** 1 for the request that rotates this token, 0 when another already did (reuse). */
    @Query("UPDATE refresh_token SET used_at = now() WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int markUsed(UUID id);

    @Query("UPDATE refresh_token SET revoked_at = now() WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId);

    @Query("UPDATE refresh_token SET revoked_at = now() WHERE account_id = :accountId AND revoked_at IS NULL")
    int revokeAccount(UUID accountId);
}
