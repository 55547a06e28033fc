package io.vetted.identity.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Who moderates now: the recipients of notices about the moderation queue. */
    @Query("SELECT id FROM account WHERE role = 'MODERATOR' AND disabled_at IS NULL ORDER BY id")
    List<UUID> findModeratorIds();
}
