package io.vetted.web.diligence;

/** How a provider's published figure stands against one of the buyer's requirements. */
public enum Fit {
    MEETS,
    PARTLY,
    DOES_NOT,
    /** the provider publishes nothing on it: a question to ask */
    NOT_STATED,
    /** the buyer set no requirement on it */
    NOT_REQUIRED
}
