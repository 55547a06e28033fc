package io.vetted.identity.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local runs without {@code SMTP_HOST}: mails are appended to {@code $VETTED_HOME/logs/mail.log}
 * (the README says so), where a developer opens the verification and reset links.
 */
class LogFileMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(LogFileMailer.class);

    private final Path file;

    LogFileMailer(String home) {
        Path base = home.isBlank() ? Path.of(System.getProperty("user.home"), ".vetted") : Path.of(home);
        this.file = base.resolve("logs").resolve("mail.log");
    }

    @Override
    public void send(String to, String subject, String body) {
        append(to, subject, "", body);
    }

    /** The text part only: the HTML part says the same, and the log is read by a developer. */
    @Override
    public void deliver(OutgoingMail mail) {
        StringBuilder headers = new StringBuilder();
        mail.headers()
                .forEach((name, value) ->
                        headers.append(name).append(": ").append(value).append('\n'));
        append(mail.to(), mail.subject(), headers.toString(), mail.text());
    }

    private synchronized void append(String to, String subject, String headers, String body) {
        String entry = "----- " + Instant.now() + "\nTo: " + to + "\nSubject: " + subject + "\n" + headers + "\n" + body
                + "\n\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            LOG.info("No SMTP server configured: mail \"{}\" written to {}", subject, file);
        } catch (IOException e) {
            LOG.error("Could not write mail to {}: {}", file, e.getMessage());
        }
    }
}
