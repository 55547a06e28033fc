package io.vetted.web.reference;

/** review-service's JSON of a reference as its author or a moderator reads it, for the evidence pages' tests. */
public final class EvidenceJson {

    public static final String PROVIDER = "1f2e3d4c-7777-4b6a-9c8d-7e6f5a4b3c2d";

    private EvidenceJson() {}

    /** {@code evidence}: NONE, PENDING or CHECKED. */
    public static String reference(String id, String evidence) {
        return "{\"id\":\"" + id + "\",\"providerId\":\"" + PROVIDER + "\",\"status\":\"PUBLISHED\","
                + "\"labels\":[],\"vouchers\":[],\"authorName\":\"Claire Martin\",\"companyName\":\"Boulangerie Martin\","
                + "\"engagement\":{\"services\":[\"HELPDESK\"],\"mode\":\"REMOTE\",\"start\":\"2025-01-01\",\"ongoing\":true},"
                + "\"rating\":4,\"criteria\":{},\"comment\":\"Bon suivi.\",\"contactAllowed\":false,"
                + "\"publishedAt\":\"2026-11-02T10:00:00Z\",\"revisionCount\":0,"
                + "\"verification\":{\"check\":\"NONE\",\"evidence\":\"" + evidence + "\"},\"version\":1}";
    }
}
