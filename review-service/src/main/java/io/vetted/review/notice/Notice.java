package io.vetted.review.notice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A mail to one account, in both languages (contract 7): identity-service knows the address and the
 * language and sends it once per {@code noticeId}, however often the outbox delivers it.
 */
@Serdeable
public record Notice(UUID noticeId, UUID accountId, String subjectFr, String subjectEn, String bodyFr, String bodyEn) {

    public static final String EVENT_TYPE = "AuthorNotice";
}
