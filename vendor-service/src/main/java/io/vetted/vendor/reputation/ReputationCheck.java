package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/** The consistency rules a snapshot must meet beyond its fields' own bounds; a refusal names the field. */
record ReputationCheck(HttpStatus status, String field, String detail) {

    private static final HttpStatus BAD_REQUEST = HttpStatus.BAD_REQUEST;
    private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_ENTITY;

    /** @return why {@code update} cannot be stored, or null when it can */
    @Nullable
    static ReputationCheck refusal(ReputationUpdate update) {
        if (update.referenceCount() > 0 && update.averageRating() == null) {
            return new ReputationCheck(BAD_REQUEST, "averageRating", "is required when references count");
        }
        int verified = update.verified();
        String verifiedField = update.namesIndependentLevels() ? "independentReferenceCount" : "verifiedReferenceCount";
        if (verified > update.referenceCount()
                || (update.verifiedReferenceCount() != null
                        && update.verifiedReferenceCount() > update.referenceCount())) {
            return new ReputationCheck(UNPROCESSABLE, verifiedField, "cannot exceed referenceCount");
        }
        if (update.providerVouched() > update.referenceCount()) {
            return new ReputationCheck(UNPROCESSABLE, "providerVouchedCount", "cannot exceed referenceCount");
        }
        if (update.clientVerified() > verified) {
            return new ReputationCheck(UNPROCESSABLE, "clientVerifiedCount", "cannot exceed independentReferenceCount");
        }
        if (update.evidenceChecked() > verified) {
            return new ReputationCheck(
                    UNPROCESSABLE, "evidenceCheckedCount", "cannot exceed independentReferenceCount");
        }
        return null;
    }
}
