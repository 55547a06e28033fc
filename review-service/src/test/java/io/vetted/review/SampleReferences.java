package io.vetted.review;

import io.vetted.review.reference.AfterHoursIncident;
import io.vetted.review.reference.CostBand;
import io.vetted.review.reference.EngagementMode;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.Specialty;
import io.vetted.review.reference.Subcontracting;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid references to start from in tests, and the pieces tests vary. */
public final class SampleReferences {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private SampleReferences() {}

    /** Today in France, the calendar the platform's dates follow. */
    public static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    /** When a sample engagement started: two years ago. */
    public static LocalDate start() {
        return today().minusYears(2);
    }

    public static ReferenceRequest request(int rating, String comment) {
        return request(
                "Client " + UUID.randomUUID().toString().substring(0, 8),
                rating,
                Map.of("OBJECTIVES", rating, "DATA_SECURITY", 4),
                comment,
                null);
    }

    public static ReferenceRequest request(
            String company, int rating, Map<String, Integer> criteria, String comment, String invitationToken) {
        return new ReferenceRequest(
                new ReferenceRequest.CompanyPart(company, null),
                engagement(start(), null),
                rating,
                criteria,
                rating >= 4,
                facts(false),
                comment,
                true,
                invitationToken,
                null);
    }

    public static ReferenceRequest.EngagementPart engagement(LocalDate start, LocalDate end) {
        return new ReferenceRequest.EngagementPart(
                List.of(Specialty.HELPDESK, Specialty.NETWORKS),
                EngagementMode.HYBRID,
                start,
                end,
                CostBand.FROM_500_TO_1500,
                3);
    }

    public static ReferenceRequest.FactsPart facts(boolean priceIncrease) {
        return new ReferenceRequest.FactsPart(priceIncrease, Subcontracting.NO, AfterHoursIncident.YES);
    }

    /** The JSON body of a valid reference, for tests that break one field on the wire. */
    public static Map<String, Object> json() {
        Map<String, Object> body = new HashMap<>();
        body.put(
                "company",
                new HashMap<>(
                        Map.of("name", "Cabinet " + UUID.randomUUID().toString().substring(0, 8))));
        body.put(
                "engagement",
                new HashMap<>(Map.of("services", List.of("HELPDESK"), "mode", "REMOTE", "start", start().toString())));
        body.put("rating", 4);
        body.put("criteria", new HashMap<>(Map.of("OBJECTIVES", 4)));
        body.put("wouldRecommend", true);
        body.put(
                "facts",
                Map.of(
                        "unannouncedPriceIncrease",
                        false,
                        "subcontracting",
                        "UNKNOWN",
                        "afterHoursIncident",
                        "NEVER_NEEDED"));
        body.put("comment", "Un suivi sérieux et des délais tenus.");
        return body;
    }

    /** The {@code email} claim of a token, as review-service reads it. */
    public static String email(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.", 3)[1]), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(payload);
        return matcher.find() ? matcher.group(1) : "";
    }
}
