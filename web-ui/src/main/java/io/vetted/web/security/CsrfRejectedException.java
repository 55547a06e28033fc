package io.vetted.web.security;

/** A state-changing form arrived without a valid CSRF token; nothing was done. */
public class CsrfRejectedException extends RuntimeException {

    public CsrfRejectedException() {
        super("Missing or invalid CSRF token", null, false, false);
    }
}
