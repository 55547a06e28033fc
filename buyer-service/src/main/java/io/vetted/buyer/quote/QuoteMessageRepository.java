package io.vetted.buyer.quote;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuoteMessageRepository extends CrudRepository<QuoteMessage, UUID> {

    List<QuoteMessage> findByQuoteRequestIdOrderByCreatedAt(UUID quoteRequestId);

    long countByQuoteRequestId(UUID quoteRequestId);
}
