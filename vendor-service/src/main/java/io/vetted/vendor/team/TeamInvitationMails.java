package io.vetted.vendor.team;

import io.vetted.support.notice.AddressNotice;
import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Mails a team invitation to the colleague it names: queued in the outbox in the transaction that
 * stores the invitation, so none is left unsent and a refused one never goes out. The mail carries
 * no token: the invitation is accepted, signed in, by the account holding that address.
 */
@Singleton
class TeamInvitationMails {

    static final String EVENT_TYPE = "TeamInvitationMail";

    private final Outbox outbox;
    private final TeamMailConfiguration config;

    TeamInvitationMails(Outbox outbox, TeamMailConfiguration config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void invited(TeamInvitation invitation, String providerName) {
        String link = config.siteUrl().replaceAll("/+$", "") + "/my/team";
        LocalDate until =
                invitation.expiresAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        outbox.enqueue(
                invitation.id(),
                EVENT_TYPE,
                new AddressNotice(
                        invitation.id(),
                        invitation.email(),
                        text(Locale.FRENCH, "team.invitation.subject", providerName, link, until),
                        text(Locale.ENGLISH, "team.invitation.subject", providerName, link, until),
                        text(Locale.FRENCH, "team.invitation.body", providerName, link, until),
                        text(Locale.ENGLISH, "team.invitation.body", providerName, link, until)));
    }

    private static String text(Locale locale, String key, String provider, String link, LocalDate until) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(until);
        String pattern = ResourceBundle.getBundle("team/mails", locale).getString(key);
        return new MessageFormat(pattern, locale).format(new Object[] {provider, link, date});
    }
}
