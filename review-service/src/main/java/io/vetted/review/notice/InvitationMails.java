package io.vetted.review.notice;

import io.vetted.support.notice.AddressNotice;
import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Mails a provider's invitation to the client it names: queued in the outbox in the transaction that
 * stores the invitation, so an invitation is never left unsent and a rolled-back one never goes out.
 */
@Singleton
public class InvitationMails {

    static final String EVENT_TYPE = "InvitationMail";

    private final Outbox outbox;
    private final NoticeConfiguration config;

    InvitationMails(Outbox outbox, NoticeConfiguration config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void invited(UUID invitationId, String email, String providerName, String token, Instant expiresAt) {
        String link = config.siteUrl().replaceAll("/+$", "") + "/invitations/"
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        outbox.enqueue(
                invitationId,
                EVENT_TYPE,
                new AddressNotice(
                        invitationId,
                        email,
                        text(Locale.FRENCH, "invitation.subject", providerName, link, expiresAt),
                        text(Locale.ENGLISH, "invitation.subject", providerName, link, expiresAt),
                        text(Locale.FRENCH, "invitation.body", providerName, link, expiresAt),
                        text(Locale.ENGLISH, "invitation.body", providerName, link, expiresAt)));
    }

    private static String text(Locale locale, String key, String provider, String link, Instant expiresAt) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(expiresAt.atZone(ZoneId.of("Europe/Paris")));
        String pattern = ResourceBundle.getBundle("notices/notices", locale).getString(key);
        return new MessageFormat(pattern, locale).format(new Object[] {provider, link, date});
    }
}
