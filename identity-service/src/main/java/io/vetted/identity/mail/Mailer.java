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

    /**
     * Several mails in a row (the notification queue's batch), over one connection where the
     * transport has connections: a new SMTP session per mail caps a queue at a few dozen mails a
     * second. Closed after the batch.
     */
    default Batch batch() {
        return new Batch() {
            @Override
            public void deliver(OutgoingMail mail) {
                Mailer.this.deliver(mail);
            }

            @Override
            public void close() {}
        };
    }

    /** See {@link #batch()}; {@link #deliver} throws as {@link Mailer#deliver} does. */
    interface Batch extends AutoCloseable {

        void deliver(OutgoingMail mail);

        @Override
        void close();
    }
}
