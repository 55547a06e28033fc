package io.vetted.review.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A notification to one account, in both languages (contract 7): identity-service knows the address and
 * the language and keeps it once per {@code noticeId}, however often the outbox delivers it.
 *
 * @param kind what it is about, for the account's mail preferences; identity reads null as MODERATION
 * @param link a site-relative path to the page it is about, or null
 */
@Serdeable
public record Notice(
        UUID noticeId,
        UUID accountId,
        String subjectFr,
        String subjectEn,
        String bodyFr,
        String bodyEn,
        @Nullable Kind kind,
        @Nullable String link) {

    public static final String EVENT_TYPE = "AuthorNotice";

    /** The kinds identity-service's notification centre knows that review-service sends. */
    public enum Kind {
        REFERENCE,
        CONTACT,
        MODERATION
    }
}
