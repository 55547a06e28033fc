package io.vetted.vendor.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TeamInvitationRepository extends CrudRepository<TeamInvitation, UUID> {

    List<TeamInvitation> findByProviderIdOrderByCreatedAt(UUID providerId);

    List<TeamInvitation> findByEmailAndExpiresAtGreaterThan(String email, Instant now);

    boolean existsByProviderIdAndEmail(UUID providerId, String email);

    List<TeamInvitation> findByInvitedBy(UUID invitedBy);

    void deleteByInvitedBy(UUID invitedBy);
}
