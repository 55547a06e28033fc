package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** identity-service's notification centre and mail preferences, as the signed-in visitor unless {@link Anonymous}. */
@Client(id = "identity")
public interface NotificationClient {

    @Get("/api/notifications{?limit,offset}")
    Page notifications(@QueryValue int limit, @QueryValue int offset);

    @Get("/api/notifications/unread-count")
    UnreadCount unreadCount();

    @Post("/api/notifications/{id}/read")
    void markRead(@PathVariable UUID id);

    @Post("/api/notifications/read-all")
    HttpResponse<Void> markAllRead();

    @Get("/api/notification-preferences")
    Preferences preferences();

    @Put("/api/notification-preferences")
    Preferences choose(@Body Preferences preferences);

    @Anonymous
    @Get("/api/notifications/unsubscribe/{token}")
    Unsubscription unsubscription(@PathVariable String token);

    @AnswersNotFound
    @Anonymous
    @Post("/api/notifications/unsubscribe/{token}")
    Unsubscription unsubscribe(@PathVariable String token);

    @Serdeable
    record Notification(
            UUID id,
            String kind,
            String subject,
            String body,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }

    @Serdeable
    record Page(List<Notification> items, long unread, int limit, int offset) {
        public Page {
            items = items == null ? List.of() : items;
        }
    }

    @Serdeable
    record UnreadCount(long count) {}

    @Serdeable
    record Preference(String kind, String delivery) {}

    @Serdeable
    record Preferences(List<Preference> preferences) {
        public Preferences {
            preferences = preferences == null ? List.of() : preferences;
        }
    }

    @Serdeable
    record Unsubscription(List<String> kinds) {
        public Unsubscription {
            kinds = kinds == null ? List.of() : kinds;
        }
    }
}
