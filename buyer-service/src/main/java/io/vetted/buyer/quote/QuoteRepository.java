package io.vetted.buyer.quote;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuoteRepository extends CrudRepository<Quote, UUID> {

    List<Quote> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    List<Quote> findByShortlistIdAndAccountIdOrderByCreatedAt(UUID shortlistId, UUID accountId);

    Optional<Quote> findByIdAndAccountId(UUID id, UUID accountId);

    List<Quote> findByProviderIdOrderByCreatedAtDesc(UUID providerId);

    Optional<Quote> findByIdAndProviderId(UUID id, UUID providerId);

    Optional<Quote> findByShortlistIdAndProviderIdAndStatus(UUID shortlistId, UUID providerId, QuoteStatus status);

    long countByAccountIdAndCreatedAtGreaterThan(UUID accountId, Instant since);
}
