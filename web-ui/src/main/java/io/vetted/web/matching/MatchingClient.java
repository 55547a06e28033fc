package io.vetted.web.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** buyer-service's matching route, called as the signed-in SME (VisitorTokenForwarding). */
@Client(id = "buyer")
public interface MatchingClient {

    @Get("/api/buyer/matches")
    Matches matches();

    @Serdeable
    record Matches(boolean requirementsSaved, Assumptions assumptions, List<Match> matches) {}

    @Serdeable
    record Assumptions(int users, int workstations, int servers, int hours, int interventions) {}

    @Serdeable
    record Match(int rank, UUID providerId, String name, String city, Score score, List<Line> lines, Cost cost) {}

    @Serdeable
    record Score(int meets, int partly, int doesNot) {}

    /** One requirement: its code, what was required and the provider's figure (null: not published). */
    @Serdeable
    record Line(
            String requirement,
            @Nullable String subject,
            String verdict,
            String required,
            @Nullable String actual) {}

    @Serdeable
    record Cost(
            String kind,
            @Nullable BigDecimal monthlyEur,
            @Nullable BigDecimal yearlyEur,
            List<CostLine> lines,
            List<String> unpriced) {}

    @Serdeable
    record CostLine(
            String title, String basis, int quantity, BigDecimal unitPriceEur, BigDecimal monthlyEur, String reason) {}
}
