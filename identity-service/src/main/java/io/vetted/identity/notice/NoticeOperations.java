package io.vetted.identity.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.identity.notification.NotificationBatch;
import io.vetted.identity.notification.NotificationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

@Tag(name = "Internal")
public interface NoticeOperations {

    @Post("/api/internal/accounts/{accountId}/notices")
    @Operation(
            summary = "Notify an account in its language (in the notification centre, mailed by its preferences),"
                    + " once per noticeId however often it is sent (services only)")
    HttpResponse<Void> send(@PathVariable UUID accountId, @Valid @NotNull @Body Notice notice);

    @Post("/api/internal/moderators/notices")
    @Operation(summary = "Notify every moderator (the moderation queue's digest), once per noticeId (services only)")
    HttpResponse<Void> sendToModerators(@Valid @NotNull @Body Notice notice);

    @Post("/api/internal/notices")
    @Operation(
            summary =
                    "Mail a notice to an address that may have no account yet (a client a provider invites): in the"
                            + " account's language when there is one, else in French then English; once per noticeId (services only)")
    HttpResponse<Void> sendToAddress(@Valid @NotNull @Body AddressNotice notice);

    @Serdeable
    record AddressNotice(
            @NotNull UUID noticeId,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String subjectFr,
            @NotBlank @Size(max = 200) String subjectEn,
            @NotBlank @Size(max = 5000) String bodyFr,
            @NotBlank @Size(max = 5000) String bodyEn) {}

    /**
     * @param kind what the notice is about, MODERATION when the sender does not say (review-service's notices)
     * @param link a site-relative path to the page the notice is about, optional (senders that predate it omit it)
     */
    @Serdeable
    record Notice(
            @NotNull UUID noticeId,
            @NotBlank @Size(max = 200) String subjectFr,
            @NotBlank @Size(max = 200) String subjectEn,
            @NotBlank @Size(max = 5000) String bodyFr,
            @NotBlank @Size(max = 5000) String bodyEn,
            @Nullable NotificationKind kind,

            @Nullable @Size(max = 500) @Pattern(regexp = "/(?!/).*", message = "must be a path on the site")
            String link) {

        public Notice(UUID noticeId, String subjectFr, String subjectEn, String bodyFr, String bodyEn) {
            this(noticeId, subjectFr, subjectEn, bodyFr, bodyEn, null, null);
        }

        public Notice(
                UUID noticeId,
                String subjectFr,
                String subjectEn,
                String bodyFr,
                String bodyEn,
                @Nullable NotificationKind kind) {
            this(noticeId, subjectFr, subjectEn, bodyFr, bodyEn, kind, null);
        }

        NotificationBatch asBatch(UUID accountId) {
            return asBatch(List.of(accountId));
        }

        NotificationBatch asBatch(List<UUID> accountIds) {
            return new NotificationBatch(
                    noticeId,
                    kind == null ? NotificationKind.MODERATION : kind,
                    accountIds,
                    subjectFr,
                    subjectEn,
                    bodyFr,
                    bodyEn,
                    link);
        }
    }
}
