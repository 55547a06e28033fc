package io.vetted.buyer.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The ranked providers for the account's requirements ({@code requirementsSaved} false, and no
 * matches, until they are saved). {@code assumptions} is the month of work every estimate prices.
 */
@Serdeable
public record MatchesResponse(boolean requirementsSaved, Assumptions assumptions, List<Match> matches) {

    /** The fleet from the requirements, and the hours and on-site call-outs assumed (docs/matching.md). */
    @Serdeable
    public record Assumptions(int users, int workstations, int servers, int hours, int interventions) {}

    /** A provider, its place in the ranking, its match sheet and its estimated cost. */
    @Serdeable
    public record Match(
            int rank, UUID providerId, String name, String city, Score score, List<MatchLine> lines, Cost cost) {}

    @Serdeable
    public record Score(int meets, int partly, int doesNot) {}

    /**
     * One requirement: {@code requirement} is SPECIALTIES, ON_SITE, AFTER_HOURS, CRITICAL_RESPONSE,
     * CERTIFICATION (one line each, {@code subject} naming it), BUDGET or SUBCONTRACTING;
     * {@code required} and {@code actual} are codes or figures (minutes, euros), {@code actual} null
     * when the provider publishes nothing on it.
     */
    @Serdeable
    public record MatchLine(
            String requirement,
            @Nullable String subject,
            Verdict verdict,
            String required,
            @Nullable String actual) {}

    /** vendor-service's total for the fleet, with its working; totals null when quoted on request. */
    @Serdeable
    public record Cost(
            String kind,
            @Nullable BigDecimal monthlyEur,
            @Nullable BigDecimal yearlyEur,
            List<CostLine> lines,
            List<String> unpriced) {}

    @Serdeable
    public record CostLine(
            String title, String basis, int quantity, BigDecimal unitPriceEur, BigDecimal monthlyEur, String reason) {}
}
