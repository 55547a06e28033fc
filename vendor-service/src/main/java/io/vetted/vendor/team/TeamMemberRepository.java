package io.vetted.vendor.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TeamMemberRepository extends CrudRepository<TeamMember, UUID> {

    List<TeamMember> findByProviderIdOrderByAddedAt(UUID providerId);

    boolean existsByProviderIdAndAccountId(UUID providerId, UUID accountId);
}
