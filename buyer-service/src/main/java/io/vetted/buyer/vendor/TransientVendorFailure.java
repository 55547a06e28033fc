package io.vetted.buyer.vendor;

import io.micronaut.retry.annotation.RetryPredicate;

/** Only outages are worth retrying; a definite answer (404) is not. */
final class TransientVendorFailure implements RetryPredicate {

    @Override
    public boolean test(Throwable throwable) {
        return throwable instanceof VendorUnavailableException;
    }
}
