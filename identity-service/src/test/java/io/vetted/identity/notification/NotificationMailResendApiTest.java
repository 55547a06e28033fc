package io.vetted.identity.notification;

import static io.vetted.identity.notification.NotificationKind.PRICE_ALERT;
import static io.vetted.identity.notification.Recipients.priceAlert;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.Mailbox;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A queued mail sent again, because the service stopped after the SMTP server took it and before
 * the queue recorded it, carries the Message-ID of the first send: mailbox providers show one mail.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailResendApiTest implements NotificationTest {

    @Inject
    Recipients recipients;

    DataSource dataSource;

    @Inject
    void unwrap(DataSource transactionAware) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Test
    void aMailSentAgainAfterACrashCarriesTheMessageIdOfTheFirstSend() throws Exception {
        // the first attempt's "sent" cannot commit, as if the service died right after the SMTP answer
        execute("""
                CREATE FUNCTION lose_first_sent() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.attempts = 1 THEN RAISE EXCEPTION 'stopped before the mail was recorded as sent'; END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER lose_first_sent BEFORE DELETE ON notification_mail
                    FOR EACH ROW EXECUTE FUNCTION lose_first_sent()""");
        var reader = recipients.signUp("en");

        recipients.notify(priceAlert(PRICE_ALERT, List.of(reader.id())));
        Mailbox.shared().awaitMessagesTo(reader.email(), 2);
        // once the failed attempt is recorded, its retry (due in 30 s) is brought forward
        String due = "UPDATE notification_mail SET next_attempt_at = now() WHERE last_error IS NOT NULL"
                + " AND account_id = '" + reader.id() + "'";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (update(due) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        List<Message> all = Mailbox.shared().awaitMessagesTo(reader.email(), 3);
        List<String> ids = all.subList(1, all.size()).stream()
                .map(NotificationMailResendApiTest::messageId)
                .toList();
        assertThat(ids).hasSize(2);
        assertThat(ids.get(0))
                .matches("<notification-[0-9a-f-]{36}@vetted\\.local>")
                .isEqualTo(ids.get(1));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static String messageId(Message mail) {
        try {
            return mail.getHeader("Message-ID")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
