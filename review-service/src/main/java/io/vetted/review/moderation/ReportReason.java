package io.vetted.review.moderation;

public enum ReportReason {
    FAKE,
    CONFLICT_OF_INTEREST,
    OFFENSIVE,
    PERSONAL_DATA,
    OFF_TOPIC,
    OTHER
}
