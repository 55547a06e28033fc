package io.vetted.identity.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * The notification centre. A batch becomes one notification per known account in one statement,
 * in that account's language, and queues its mail by the account's preference for the kind: a
 * redelivered batch meets the (event, account) key and adds nothing, so nothing is mailed twice.
 */
@Singleton
public class Notifications {

    /* Digests end at midnight (daily) or on Monday at midnight (weekly), Paris time: every
    notification of one period shares that end, which keys its digest mail. */
    private static final String ACCEPT = """
            WITH fresh AS (
                INSERT INTO notification (id, account_id, event_id, kind, subject, body, link, delivery, mail_due_at,
                                          created_at)
                SELECT gen_random_uuid(), a.id, ?, ?,
                       CASE WHEN a.language = 'en' THEN ? ELSE ? END,
                       CASE WHEN a.language = 'en' THEN ? ELSE ? END,
                       ?, d.delivery,
                       CASE d.delivery
                           WHEN 'IMMEDIATE' THEN now()
                           WHEN 'DAILY' THEN date_trunc('day', now(), 'Europe/Paris') + interval '1 day'
                           WHEN 'WEEKLY' THEN date_trunc('week', now(), 'Europe/Paris') + interval '7 days'
                       END,
                       now()
                FROM (SELECT DISTINCT unnest(?::uuid[]) AS id) AS recipient
                JOIN account a ON a.id = recipient.id
                CROSS JOIN LATERAL (SELECT coalesce(
                        (SELECT p.delivery FROM notification_preference p WHERE p.account_id = a.id AND p.kind = ?),
                        'IMMEDIATE') AS delivery) AS d
                ON CONFLICT (event_id, account_id) DO NOTHING
                RETURNING id, account_id, delivery, mail_due_at)
            INSERT INTO notification_mail (id, account_id, delivery, due_at, notification_id, next_attempt_at)
            SELECT gen_random_uuid(), account_id, delivery, mail_due_at,
                   CASE WHEN delivery = 'IMMEDIATE' THEN id END, mail_due_at
            FROM fresh WHERE delivery <> 'NEVER'
            ON CONFLICT DO NOTHING""";

    private final JdbcOperations jdbc;
    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;

    Notifications(JdbcOperations jdbc, NotificationRepository notifications, NotificationPreferences preferences) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.preferences = preferences;
    }

    /** Unknown account ids are skipped; the mails leave later, from the queue. */
    @Transactional
    public void accept(NotificationBatch batch) {
        jdbc.prepareStatement(ACCEPT, statement -> {
            statement.setObject(1, batch.eventId());
            statement.setString(2, batch.kind().name());
            statement.setString(3, batch.subjectEn());
            statement.setString(4, batch.subjectFr());
            statement.setString(5, batch.bodyEn());
            statement.setString(6, batch.bodyFr());
            statement.setString(7, batch.link());
            statement.setArray(
                    8,
                    statement
                            .getConnection()
                            .createArrayOf("uuid", batch.accountIds().toArray()));
            statement.setString(9, batch.kind().name());
            return statement.executeUpdate();
        });
    }

    /** For the person's data export (GDPR art. 15). */
    @Transactional
    public NotificationView.Export export(UUID accountId) {
        return new NotificationView.Export(
                notifications.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
                        .map(NotificationView::of)
                        .toList(),
                preferences.of(accountId));
    }

    @Transactional
    NotificationView.Page page(UUID accountId, int limit, int offset) {
        List<NotificationView> items = notifications.page(accountId, limit, offset).stream()
                .map(NotificationView::of)
                .toList();
        return new NotificationView.Page(items, unread(accountId), limit, offset);
    }

    @Transactional
    long unread(UUID accountId) {
        return notifications.countByAccountIdAndReadAtIsNull(accountId);
    }

    /** Another account's notification is answered as if it did not exist. */
    @Transactional
    void markRead(UUID accountId, UUID id) {
        if (!notifications.existsByIdAndAccountId(id, accountId)) {
            throw ApiProblems.notFound("No notification with id " + id);
        }
        notifications.markRead(id, accountId);
    }

    @Transactional
    void markAllRead(UUID accountId) {
        notifications.markAllRead(accountId);
    }
}
