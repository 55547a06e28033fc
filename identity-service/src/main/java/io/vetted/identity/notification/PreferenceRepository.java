package io.vetted.identity.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PreferenceRepository extends GenericRepository<NotificationPreference, UUID> {

    List<NotificationPreference> findByAccountId(UUID accountId);

    /** One statement, so two tabs saving at once leave one of the two choices, never an error. */
    @Query("INSERT INTO notification_preference (id, account_id, kind, delivery, version, updated_at)"
            + " VALUES (gen_random_uuid(), :accountId, :kind, :delivery, 0, now())"
            + " ON CONFLICT (account_id, kind) DO UPDATE SET delivery = excluded.delivery,"
            + " version = notification_preference.version + 1, updated_at = now()")
    void choose(UUID accountId, String kind, String delivery);
}
