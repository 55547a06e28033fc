package io.vetted.review.notice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * An invitation's mail to the invited address, in both languages: identity-service sends it in the
 * language of the account at that address, or in both when there is none, once per {@code noticeId}.
 * The payload holds the link, so the outbox row carrying it is deleted once delivered.
 */
@Serdeable
public record InvitationNotice(
        UUID noticeId, String email, String subjectFr, String subjectEn, String bodyFr, String bodyEn) {

    public static final String EVENT_TYPE = "InvitationMail";
}
