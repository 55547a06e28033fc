package io.vetted.e2e.drill;

/** The writes a drill's clients make, each with the service that stores it. */
public enum WriteKind {
    REFERENCE("references posted (Idempotency-Key)", "review-service"),
    PROFILE_EDIT("profile edits", "vendor-service"),
    REPRICE("offers repriced", "vendor-service"),
    SITE_FORM("forms posted through web-ui", "web-ui");

    private final String label;
    private final String service;

    WriteKind(String label, String service) {
        this.label = label;
        this.service = service;
    }

    public String label() {
        return label;
    }

    /** The service the client sends this write to. */
    public String service() {
        return service;
    }
}
