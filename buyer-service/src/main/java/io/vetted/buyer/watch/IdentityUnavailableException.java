package io.vetted.buyer.watch;

/** identity-service did not accept the alerts; the sender is told to retry (503), the event stays pending. */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(Throwable cause) {
        super("identity-service did not accept the alerts: " + cause.getMessage(), cause);
    }
}
