package io.vetted.buyer.shortlist;

/** Where the buyer stands with a shortlisted provider; REJECTED needs a reason. */
public enum EntryStatus {
    TO_CONTACT,
    QUOTE_REQUESTED,
    QUOTE_RECEIVED,
    REJECTED,
    CHOSEN
}
