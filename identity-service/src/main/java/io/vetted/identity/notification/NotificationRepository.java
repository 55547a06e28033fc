package io.vetted.identity.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends GenericRepository<Notification, UUID> {

    @Query("SELECT * FROM notification WHERE account_id = :accountId"
            + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Notification> page(UUID accountId, int limit, int offset);

    long countByAccountIdAndReadAtIsNull(UUID accountId);

    List<Notification> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    boolean existsByIdAndAccountId(UUID id, UUID accountId);

    @Query("UPDATE notification SET read_at = now(), version = version + 1"
            + " WHERE id = :id AND account_id = :accountId AND read_at IS NULL")
    int markRead(UUID id, UUID accountId);

    @Query("UPDATE notification SET read_at = now(), version = version + 1"
            + " WHERE account_id = :accountId AND read_at IS NULL")
    int markAllRead(UUID accountId);

    @Query("SELECT * FROM notification WHERE account_id = :accountId AND delivery = :delivery"
            + " AND mail_due_at = :dueAt ORDER BY created_at, id")
    List<Notification> digest(UUID accountId, String delivery, Instant dueAt);

    Optional<Notification> findById(UUID id);
}
