package io.vetted.review.verification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationRepository extends CrudRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Locks the invitation, so two references cannot both use it. */
    @Query("SELECT * FROM invitation WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    List<Invitation> findByProviderIdOrderByCreatedAtDesc(UUID providerId);
}
