package io.vetted.identity.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mail over SMTP through Jakarta Mail (Eclipse Angus), when {@code SMTP_HOST} is set. */
class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final Session session;
    private final String from;

    SmtpMailer(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStartTls()));
        Authenticator authenticator = null;
        if (settings.smtpUsername() != null && !settings.smtpUsername().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.smtpUsername(), settings.smtpPassword());
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
        this.from = settings.from();
    }

    @Override
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = message(to, subject);
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.error("Could not send \"{}\" by SMTP: {}", subject, e.getMessage());
        }
    }

    @Override
    public void deliver(OutgoingMail mail) {
        try {
            Transport.send(compose(mail));
        } catch (MessagingException e) {
            throw new MailDeliveryException("Could not send \"" + mail.subject() + "\" by SMTP", e);
        }
    }

    @Override
    public Batch batch() {
        return new SmtpBatch(session, this::compose);
    }

    private MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = message(mail.to(), mail.subject());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        // plain text first: readers show the last part they understand
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    private MimeMessage message(String to, String subject) throws MessagingException {
        MimeMessage message = new StableIdMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        return message;
    }

    /**
     * Keeps a {@code Message-ID} the mail came with, which Jakarta Mail would replace with a fresh
     * one on every send: a mail sent again after a crash (sent, not yet marked sent) then carries
     * the same id, which mailbox providers use to show it once.
     */
    private static final class StableIdMessage extends MimeMessage {

        StableIdMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }
}
