package io.vetted.buyer.matching;

import io.vetted.buyer.matching.MatchesResponse.Match;
import io.vetted.buyer.matching.MatchesResponse.MatchLine;
import io.vetted.buyer.matching.MatchesResponse.Score;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking rule, the same one the page states: most requirements met first, then most partly
 * met, then the lower estimated monthly cost (no public total last), then the name, then the id
 * so that equal providers keep one order. Nothing a provider pays for enters it.
 */
final class Ranking {

    static final Comparator<Match> ORDER = Comparator.comparingInt(
                    (Match m) -> -m.score().meets())
            .thenComparingInt(m -> -m.score().partly())
            .thenComparing(m -> m.cost().monthlyEur(), Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Match::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Match::providerId);

    private Ranking() {}

    static Score score(List<MatchLine> lines) {
        return new Score(count(lines, Verdict.MEETS), count(lines, Verdict.PARTLY), count(lines, Verdict.DOES_NOT));
    }

    private static int count(List<MatchLine> lines, Verdict verdict) {
        return (int) lines.stream().filter(l -> l.verdict() == verdict).count();
    }
}
