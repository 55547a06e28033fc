package io.vetted.review.contact;

public enum ContactStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
