package io.vetted.identity.notification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Notifications")
public interface NotificationOperations {

    @Post("/api/internal/notifications")
    @Operation(
            summary = "Notify accounts of one event, in each one's language, mailed by its preferences; once per"
                    + " (eventId, account) however often it is sent; unknown accounts are skipped (services only)")
    HttpResponse<Void> notify(@Valid @NotNull @Body NotificationBatch batch);

    @Get("/api/notifications{?limit,offset}")
    @Operation(summary = "The signed-in account's notifications, newest first, with its unread count")
    NotificationView.Page list(
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
            @QueryValue(defaultValue = "0") @Min(0) @Max(100000) int offset);

    @Get("/api/notifications/unread-count")
    @Operation(summary = "How many of the signed-in account's notifications are unread")
    NotificationView.UnreadCount unreadCount();

    @Post("/api/notifications/{id}/read")
    @Operation(summary = "Mark one of the signed-in account's notifications read (404 for another's)")
    HttpResponse<Void> markRead(@PathVariable UUID id);

    @Post("/api/notifications/read-all")
    @Operation(summary = "Mark all the signed-in account's notifications read")
    HttpResponse<Void> markAllRead();
}
