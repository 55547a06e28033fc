package io.vetted.review.verification;

public enum InvitationStatus {
    PENDING,
    USED,
    EXPIRED
}
