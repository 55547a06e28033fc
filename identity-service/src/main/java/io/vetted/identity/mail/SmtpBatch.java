package io.vetted.identity.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a run of mails, opened at the first and reopened after a failure: a
 * server that dropped the connection must not fail the rest of the batch.
 */
final class SmtpBatch implements Mailer.Batch {

    interface Composer {
        MimeMessage compose(OutgoingMail mail) throws MessagingException;
    }

    private final Session session;
    private final Composer composer;
    private Transport transport;

    SmtpBatch(Session session, Composer composer) {
        this.session = session;
        this.composer = composer;
    }

    @Override
    public void deliver(OutgoingMail mail) {
        try {
            MimeMessage message = composer.compose(mail);
            message.saveChanges();
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw new MailDeliveryException("Could not send \"" + mail.subject() + "\" by SMTP", e);
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way; the next batch opens another
            }
            transport = null;
        }
    }
}
