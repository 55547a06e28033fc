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
    public synchronized void send(String to, String subject, String body) {
        String entry = "----- " + Instant.now() + "\nTo: " + to + "\nSubject: " + subject + "\n\n" + body + "\n\n";
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
