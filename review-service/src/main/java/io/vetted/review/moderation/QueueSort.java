package io.vetted.review.moderation;

/** RISK: riskiest first, then longest waiting; AGE: longest waiting first. */
public enum QueueSort {
    RISK,
    AGE
}
