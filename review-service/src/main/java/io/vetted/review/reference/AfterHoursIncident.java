package io.vetted.review.reference;

/** Whether an incident outside office hours was handled, failed, or never happened. */
public enum AfterHoursIncident {
    YES,
    NO,
    NEVER_NEEDED
}
