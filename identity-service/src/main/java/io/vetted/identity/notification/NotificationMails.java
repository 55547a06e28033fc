package io.vetted.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.vetted.identity.account.Account;
import io.vetted.identity.mail.MailSettings;
import io.vetted.identity.mail.OutgoingMail;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Notification mails in the account's language: the text and HTML parts are written from the same
 * paragraphs, and each ends with the settings link and an unsubscribe link that the
 * {@code List-Unsubscribe} headers (RFC 8058 one-click) repeat.
 */
@Singleton
class NotificationMails {

    private final String siteUrl;
    private final String idDomain;
    private final UnsubscribeTokens tokens;

    NotificationMails(MailSettings settings, UnsubscribeTokens tokens) {
        this.siteUrl = settings.siteUrl().replaceAll("/+$", "");
        String from = settings.from().replaceAll("[<>\\s]", "");
        this.idDomain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "vetted.invalid";
        this.tokens = tokens;
    }

    /** The Message-ID of one queued mail: the same on every attempt to send it. */
    String messageId(UUID queued) {
        return "<notification-" + queued + "@" + idDomain + ">";
    }

    OutgoingMail immediate(Account account, Notification notification) {
        return compose(
                account,
                notification.subject(),
                List.of(new Section(null, notification.body(), notification.link())),
                EnumSet.of(notification.kind()));
    }

    OutgoingMail digest(Account account, Delivery delivery, List<Notification> notifications) {
        boolean en = english(account);
        String subject = (delivery == Delivery.WEEKLY)
                ? (en ? "Your weekly digest" : "Votre résumé de la semaine")
                : (en ? "Your daily digest" : "Votre résumé du jour");
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        notifications.forEach(n -> kinds.add(n.kind()));
        List<Section> sections = notifications.stream()
                .map(n -> new Section(n.subject(), n.body(), n.link()))
                .toList();
        return compose(account, subject + " (" + notifications.size() + ")", sections, kinds);
    }

    private record Section(
            @Nullable String title, String body, @Nullable String link) {}

    private OutgoingMail compose(Account account, String subject, List<Section> sections, Set<NotificationKind> kinds) {
        boolean en = english(account);
        String unsubscribe = siteUrl + "/unsubscribe/" + tokens.issue(account.id(), kinds);
        String settings = siteUrl + "/my/settings/notifications";
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + (en ? "en" : "fr") + "\"><body>");
        for (Section section : sections) {
            if (section.title() != null) {
                text.append("## ").append(section.title()).append("\n\n");
                html.append("<h2>").append(escape(section.title())).append("</h2>");
            }
            text.append(section.body()).append("\n\n");
            for (String paragraph : section.body().split("\\R\\s*\\R")) {
                html.append("<p>")
                        .append(escape(paragraph).replaceAll("\\R", "<br>"))
                        .append("</p>");
            }
            if (section.link() != null) {
                String url = siteUrl + section.link();
                text.append(url).append("\n\n");
                html.append("<p><a href=\"")
                        .append(escape(url))
                        .append("\">")
                        .append(en ? "Open on Vetted" : "Ouvrir sur Vetted")
                        .append("</a></p>");
            }
        }
        String settingsLabel = en ? "Choose which mails you receive" : "Choisir les e-mails que vous recevez";
        String unsubscribeLabel = en ? "Stop these mails" : "Ne plus recevoir ces e-mails";
        text.append("-- \n")
                .append(settingsLabel)
                .append(": ")
                .append(settings)
                .append('\n')
                .append(unsubscribeLabel)
                .append(": ")
                .append(unsubscribe)
                .append('\n');
        html.append("<hr><p><a href=\"")
                .append(escape(settings))
                .append("\">")
                .append(settingsLabel)
                .append("</a> · <a href=\"")
                .append(escape(unsubscribe))
                .append("\">")
                .append(unsubscribeLabel)
                .append("</a></p></body></html>");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new OutgoingMail(account.email(), "Vetted · " + subject, text.toString(), html.toString(), headers);
    }

    private static boolean english(Account account) {
        return "en".equals(account.language());
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
