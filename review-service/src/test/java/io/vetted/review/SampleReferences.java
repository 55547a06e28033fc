package io.vetted.review;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.vetted.review.reference.AfterHoursIncident;
import io.vetted.review.reference.CostBand;
import io.vetted.review.reference.EngagementMode;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.Specialty;
import io.vetted.review.reference.Subcontracting;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

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

    /** A reference from {@code company} (with its SIREN) about an ongoing engagement. */
    public static ReferenceRequest from(String company, String siren, int rating, String comment) {
        return new ReferenceRequest(
                new ReferenceRequest.CompanyPart(company, siren),
                engagement(start(), null),
                rating,
                Map.of("OBJECTIVES", rating),
                rating >= 4,
                facts(false),
                comment,
                true,
                null,
                null);
    }

    /** {@code author} posts a reference of {@code rating} from a company of its own about {@code provider}. */
    public static ReferenceResponse post(
            ReferenceClient references, TestIssuer.TestAccount author, UUID provider, int rating, String siren) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            from("Client " + UUID.randomUUID().toString().substring(0, 6), siren, rating, uniqueText()))
                    .body();
        }
    }

    /** A random SIREN with a valid Luhn key. */
    public static String siren() {
        int[] digits = new int[9];
        for (int i = 0; i < 8; i++) {
            digits[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
        }
        for (int check = 0; check < 10; check++) {
            digits[8] = check;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = digits[i] * (i % 2 == 1 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            if (sum % 10 == 0) {
                break;
            }
        }
        StringBuilder siren = new StringBuilder();
        for (int d : digits) {
            siren.append(d);
        }
        return siren.toString();
    }

    /** A text no other test writes: no shared sentence, little in common letter by letter. */
    public static String uniqueText() {
        String id = UUID.randomUUID().toString().replace("-", "");
        return "Dossier " + id.substring(0, 12) + " suivi. Contrat " + id.substring(12, 24) + " tenu, délais "
                + id.substring(24) + " respectés.";
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

    /** Moves a reference's publication {@code months} back, as if written then. */
    public static void publishedAgo(DataSource dataSource, UUID reference, int months) throws SQLException {
        execute(
                dataSource,
                "UPDATE reference SET created_at = now() - make_interval(months => ?) WHERE id = ?",
                months,
                reference);
    }

    public static void publishedDaysAgo(DataSource dataSource, UUID reference, int days) throws SQLException {
        execute(
                dataSource,
                "UPDATE reference SET created_at = now() - make_interval(days => ?) WHERE id = ?",
                days,
                reference);
    }

    /**
     * Makes an account a client Vetted has known for a month (its first reference long ago), so
     * that its references do not count towards "accounts new to Vetted".
     */
    public static void knownToVetted(DataSource dataSource, String account) throws SQLException {
        execute(
                dataSource,
                "INSERT INTO reviewer (account_id, first_seen_at, last_write_at) VALUES (?, now() - interval '30 days',"
                        + " now() - interval '30 days') ON CONFLICT (account_id) DO UPDATE SET first_seen_at ="
                        + " EXCLUDED.first_seen_at",
                UUID.fromString(account));
    }

    public static void execute(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The {@code email} claim of a token, as review-service reads it. */
    public static String email(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.", 3)[1]), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(payload);
        return matcher.find() ? matcher.group(1) : "";
    }
}
