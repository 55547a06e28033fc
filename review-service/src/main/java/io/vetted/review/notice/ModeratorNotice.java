package io.vetted.review.notice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A notice for every moderator (contract 7): review-service does not know who moderates,
 * identity-service does, and keeps it once per {@code noticeId} for each of them.
 */
@Serdeable
public record ModeratorNotice(
        UUID noticeId,
        String subjectFr,
        String subjectEn,
        String bodyFr,
        String bodyEn,
        Notice.Kind kind,
        String link) {

    public static final String EVENT_TYPE = "ModeratorNotice";
}
