package io.vetted.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * One event for many accounts (a provider's price rise for everyone watching it), in both
 * languages; each recipient gets it in theirs.
 *
 * @param link a site-relative path such as {@code /providers/{id}}, optional
 */
@Serdeable
public record NotificationBatch(
        @NotNull UUID eventId,
        @NotNull NotificationKind kind,
        @NotEmpty @Size(max = 10000) List<@NotNull UUID> accountIds,
        @NotBlank @Size(max = 200) String subjectFr,
        @NotBlank @Size(max = 200) String subjectEn,
        @NotBlank @Size(max = 5000) String bodyFr,
        @NotBlank @Size(max = 5000) String bodyEn,

        @Nullable @Size(max = 500) @Pattern(regexp = "/(?!/).*", message = "must be a path on the site")
        String link) {}
