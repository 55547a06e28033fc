package io.vetted.identity.mail;

/** Sends one plain-text mail; implementations never throw for delivery problems, they log them. */
public interface Mailer {

    void send(String to, String subject, String body);
}
