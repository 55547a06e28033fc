package io.vetted.identity.notification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

@Tag(name = "Notifications")
public interface PreferenceOperations {

    @Get("/api/notification-preferences")
    @Operation(summary = "How the signed-in account wants each kind of notification mailed (IMMEDIATE by default)")
    Preferences preferences();

    @Put("/api/notification-preferences")
    @Operation(summary = "Choose how some kinds are mailed; kinds left out keep their choice")
    Preferences choose(@Valid @NotNull @Body Preferences preferences);

    @Get("/api/notifications/unsubscribe/{token}")
    @Operation(summary = "What a mail's unsubscribe link would turn off; changes nothing (no sign-in)")
    Unsubscription unsubscription(@PathVariable @Size(max = 100) String token);

    @Post(value = "/api/notifications/unsubscribe/{token}", consumes = "*/*")
    @Operation(summary = "Stop mailing the kinds of the mail this link came in (RFC 8058 one-click, no sign-in)")
    HttpResponse<Unsubscription> unsubscribe(@PathVariable @Size(max = 100) String token);

    @Serdeable
    record Preferences(@NotNull @Size(max = 20) List<@Valid @NotNull Preference> preferences) {}

    @Serdeable
    record Preference(
            @NotNull NotificationKind kind, @NotNull Delivery delivery) {}

    @Serdeable
    record Unsubscription(List<NotificationKind> kinds) {}
}
