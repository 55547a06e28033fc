package io.vetted.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notification as its account reads it, in the language it had when it was created. */
@Serdeable
public record NotificationView(
        UUID id,
        NotificationKind kind,
        String subject,
        String body,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.kind(), n.subject(), n.body(), n.link(), n.createdAt(), n.readAt());
    }

    /** One page, newest first, with the account's unread count. */
    @Serdeable
    public record Page(List<NotificationView> items, long unread, int limit, int offset) {}

    @Serdeable
    public record UnreadCount(long count) {}

    /** What a personal-data export holds of the centre: every notification and every choice. */
    @Serdeable
    public record Export(List<NotificationView> notifications, List<PreferenceOperations.Preference> preferences) {}
}
