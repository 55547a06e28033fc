package io.vetted.review.limits;

/** Writes limited per account (or, for anonymous reports, per network address) and per 24 hours. */
public enum Activity {
    REPORT("reports"),
    DISPUTE("disputes"),
    CONTACT_REQUEST("contact requests"),
    INVITATION("invitations"),
    REPLY("replies"),
    EVIDENCE("evidence uploads");

    private final String plural;

    Activity(String plural) {
        this.plural = plural;
    }

    public String plural() {
        return plural;
    }
}
