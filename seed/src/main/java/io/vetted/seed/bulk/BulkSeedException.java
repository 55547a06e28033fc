package io.vetted.seed.bulk;

/** A refusal the user can act on: printed as one line, without a stack trace. */
final class BulkSeedException extends RuntimeException {

    BulkSeedException(String message) {
        super(message);
    }
}
