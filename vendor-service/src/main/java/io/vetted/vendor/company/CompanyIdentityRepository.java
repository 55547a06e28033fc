package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompanyIdentityRepository extends CrudRepository<CompanyIdentity, UUID> {

    /** Stores the register's answer, unless the SIREN changed while the register was being asked. */
    @Query("""
            UPDATE company_identity
               SET register_state = :state, register_name = :name, register_checked_at = now(),
                   check_attempts = CASE WHEN :state = 'UNAVAILABLE' THEN check_attempts + 1 ELSE 0 END,
                   next_check_at = :nextCheckAt, version = version + 1, updated_at = now()
             WHERE provider_id = :providerId AND siren = :siren""")
    int storeLookup(UUID providerId, String siren, String state, @Nullable String name, @Nullable Instant nextCheckAt);
}
