package io.vetted.buyer.vendor;

/** vendor-service could not be reached or failed; callers answer 503 and write nothing. */
public class VendorUnavailableException extends RuntimeException {

    public VendorUnavailableException(Throwable cause) {
        super("vendor-service is unavailable: " + cause.getMessage(), cause);
    }
}
