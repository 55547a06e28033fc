package io.vetted.review.reference;

/** How a provider's references are ordered: newest first, or by rating (a criterion's when one is chosen). */
public enum ReferenceSort {
    RECENT,
    HIGHEST,
    LOWEST
}
