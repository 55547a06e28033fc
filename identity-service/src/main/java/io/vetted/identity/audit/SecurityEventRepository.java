package io.vetted.identity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SecurityEventRepository extends CrudRepository<SecurityEvent, Long> {

    @Query(value = """
            SELECT * FROM security_event
            WHERE (CAST(:accountId AS uuid) IS NULL OR account_id = :accountId)
              AND (CAST(:type AS text) IS NULL OR type = :type)
            ORDER BY occurred_at DESC, id DESC""", countQuery = """
            SELECT count(*) FROM security_event
            WHERE (CAST(:accountId AS uuid) IS NULL OR account_id = :accountId)
              AND (CAST(:type AS text) IS NULL OR type = :type)""")
    Page<SecurityEvent> search(@Nullable UUID accountId, @Nullable String type, Pageable pageable);

    List<SecurityEvent> findByAccountIdOrderByOccurredAtDesc(UUID accountId);

    @Query("UPDATE security_event SET client_address = NULL WHERE account_id = :accountId")
    void forgetAddressesOf(UUID accountId);
}
