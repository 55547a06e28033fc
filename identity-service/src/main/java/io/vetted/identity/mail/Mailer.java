package io.vetted.identity.mail;

/** Sends mail over SMTP, or to the mail log when no SMTP server is configured. */
public interface Mailer {

    /** One plain-text mail; delivery problems are logged, never thrown (account mails are not retried). */
    void send(String to, String subject, String body);

    /**
     * One mail with text and HTML parts and headers, for a queue that retries it.
     *
     * @throws MailDeliveryException when the server did not take it
     */
    void deliver(OutgoingMail mail);
}
