package io.vetted.support.notice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * The wire format of identity-service's {@code POST /api/internal/notices}, shared by the services
 * that send it: a mail to an address that may have no account yet (an invited client or colleague),
 * in both languages; identity-service picks the language of the account at that address, or sends
 * both, once per {@code noticeId}. Its link makes it secret, so an outbox row carrying it is deleted
 * once delivered.
 */
@Serdeable
public record AddressNotice(
        UUID noticeId, String email, String subjectFr, String subjectEn, String bodyFr, String bodyEn) {}
