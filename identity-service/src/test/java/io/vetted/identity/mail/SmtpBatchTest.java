package io.vetted.identity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpBatchTest {

    private int port;
    private GreenMail server;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = smtp();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void deliversEveryMailOfABatch() {
        try (Mailer.Batch batch = mailer().batch()) {
            for (int i = 0; i < 5; i++) {
                batch.deliver(mail("client" + i + "@example.test"));
            }
        }

        assertThat(server.getReceivedMessages()).hasSize(5);
    }

    @Test
    void reconnectsWhenTheServerDroppedTheBatchsConnection() throws MessagingException {
        try (Mailer.Batch batch = mailer().batch()) {
            batch.deliver(mail("first@example.test"));
            server.stop();
            server = smtp();
            batch.deliver(mail("second@example.test"));
        }

        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(server.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("second@example.test");
    }

    private GreenMail smtp() {
        GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        started.start();
        return started;
    }

    private SmtpMailer mailer() {
        return new SmtpMailer(new MailSettings(
                "http://localhost", "Vetted <no-reply@vetted.local>", "127.0.0.1", port, null, null, false));
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(
                to,
                "Prix en hausse",
                "Texte",
                "<p>Texte</p>",
                Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }
}
