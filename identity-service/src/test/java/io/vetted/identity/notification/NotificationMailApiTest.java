package io.vetted.identity.notification;

import static io.vetted.identity.notification.NotificationKind.PRICE_ALERT;
import static io.vetted.identity.notification.NotificationKind.QUOTE;
import static io.vetted.identity.notification.Recipients.priceAlert;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.Mailbox;
import io.vetted.testsupport.BearerToken;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Notification mails leave through the queue, once, by the account's preference, and unsubscribe in one click. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailApiTest implements NotificationTest {

    @Inject
    Recipients recipients;

    @Inject
    PreferenceClient preferences;

    @Inject
    @Client("/")
    HttpClient http;

    DataSource dataSource;

    @Inject
    void unwrap(DataSource transactionAware) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Test
    void mailsOnceWithTextAndHtmlPartsAndOneClickUnsubscribeHeaders() throws Exception {
        var reader = recipients.signUp("en");
        var batch = priceAlert(PRICE_ALERT, List.of(reader.id()));

        recipients.notify(batch);
        recipients.notify(batch);

        Message mail = notificationMails(reader.email(), 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Vetted · Alpes Réseaux raises its prices");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<https://vetted\\.test/unsubscribe/[A-Za-z0-9_-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", ""))
                .contains("From =E2=82=AC900", "https://vetted.test/my/settings/notifications");
        Thread.sleep(600);
        assertThat(notificationMails(reader.email(), 1)).hasSize(1);
    }

    @Test
    void oneClickUnsubscribeWithoutASessionStopsMailsOfThatKindButKeepsTheNotification() throws Exception {
        var reader = recipients.signUp("fr");
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        String header = notificationMails(reader.email(), 1).get(0).getHeader("List-Unsubscribe")[0];
        String token = header.substring(header.lastIndexOf('/') + 1, header.length() - 1);

        http.toBlocking()
                .exchange(HttpRequest.POST("/api/notifications/unsubscribe/" + token, "List-Unsubscribe=One-Click")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        recipients.notify(priceAlert(QUOTE, List.of(reader.id())));

        // the quote's mail was queued after the second price alert, so once it is here that one would be too
        var mails = notificationMails(reader.email(), 2);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo(mails.get(0).getSubject());
        assertThat(kindOf(reader, PRICE_ALERT)).isEqualTo(Delivery.NEVER);
        try (var ignored = BearerToken.as(reader.accessToken())) {
            assertThat(preferences.preferences().preferences()).hasSize(NotificationKind.values().length);
        }
    }

    @Test
    void answers404ForATamperedUnsubscribeLink() {
        var reader = recipients.signUp("fr");
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        String header = header(notificationMails(reader.email(), 1).get(0));
        String token = header.substring(header.lastIndexOf('/') + 1, header.length() - 1);
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        var response = preferences.unsubscribe(tampered);

        assertThat(response.code()).isEqualTo(404);
        assertThat(kindOf(reader, PRICE_ALERT)).isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    void groupsAPeriodsNotificationsIntoOneDigestMail() throws Exception {
        var reader = recipients.signUp("en");
        try (var ignored = BearerToken.as(reader.accessToken())) {
            preferences.choose(new PreferenceOperations.Preferences(List.of(
                    new PreferenceOperations.Preference(PRICE_ALERT, Delivery.DAILY),
                    new PreferenceOperations.Preference(QUOTE, Delivery.DAILY))));
        }
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        recipients.notify(priceAlert(QUOTE, List.of(reader.id())));
        Thread.sleep(600);
        assertThat(notificationMails(reader.email(), 0)).isEmpty();

        endTheDayOf(reader.id());

        var digest = notificationMails(reader.email(), 1);
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).getSubject()).isEqualTo("Vetted · Your daily digest (3)");
        Thread.sleep(600);
        assertThat(notificationMails(reader.email(), 1)).hasSize(1);
    }

    private void endTheDayOf(UUID accountId) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "UPDATE notification_mail SET next_attempt_at = now() WHERE account_id = ?")) {
            statement.setObject(1, accountId);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private Delivery kindOf(Recipients.Recipient reader, NotificationKind kind) {
        try (var ignored = BearerToken.as(reader.accessToken())) {
            return preferences.preferences().preferences().stream()
                    .filter(p -> p.kind() == kind)
                    .findFirst()
                    .orElseThrow()
                    .delivery();
        }
    }

    /** The mails after the verification mail, once at least {@code count} have arrived. */
    private static List<Message> notificationMails(String email, int count) {
        var all = Mailbox.shared().awaitMessagesTo(email, count + 1);
        return all.subList(Math.min(1, all.size()), all.size());
    }

    private static String header(Message mail) {
        try {
            return mail.getHeader("List-Unsubscribe")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
