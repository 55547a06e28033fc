package io.vetted.support.outbox;

/** The receiver will never accept this event; the relay parks it instead of retrying. */
public class PermanentDeliveryFailure extends RuntimeException {

    public PermanentDeliveryFailure(String message) {
        super(message);
    }
}
