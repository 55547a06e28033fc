package io.vetted.review.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KnownProviderRepository extends GenericRepository<KnownProvider, UUID> {

    Optional<KnownProvider> findById(UUID providerId);

    @Query("""
            INSERT INTO known_provider (provider_id, owner_account_id, name, website, checked_at)
            VALUES (:providerId, :ownerAccountId, :name, :website, now())
            ON CONFLICT (provider_id) DO UPDATE
               SET owner_account_id = EXCLUDED.owner_account_id, name = EXCLUDED.name,
                   website = EXCLUDED.website, checked_at = EXCLUDED.checked_at""")
    void remember(UUID providerId, UUID ownerAccountId, String name, @Nullable String website);

    void deleteById(UUID providerId);
}
