package io.vetted.identity.mail;

/** A mail that could not be handed to the SMTP server; the caller decides when to try again. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
