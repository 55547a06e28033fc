package io.vetted.vendor.search;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a search finds nothing: for each word or place of its text and each filter, how many
 * providers it would find without it. Runs only on empty results, eighteen counts at most.
 */
@Singleton
class Relaxations {

    private static final int MOST = 6;

    private final TextPlanner planner;
    private final QueryReader reader;

    Relaxations(TextPlanner planner, QueryReader reader) {
        this.planner = planner;
        this.reader = reader;
    }

    /** {@code count} counts what a search with these criteria and this text plan would find. */
    List<Suggestion> suggest(SearchCriteria c, TextPlan text, Counter count) {
        List<Suggestion> found = new ArrayList<>();
        // bounded: a search with dozens of filters ticked gets the first dozen tried, not one count each
        for (CriteriaEdits.Filter f :
                CriteriaEdits.filters(c).stream().limit(12).toList()) {
            SearchCriteria fewer = CriteriaEdits.without(c, f);
            boolean area = fewer.region() != null || fewer.department() != null;
            TextPlan plan = area == (c.region() != null || c.department() != null)
                    ? text
                    : planner.plan(c.q(), c.isLiteral(), area);
            keep(found, new Suggestion(f.parameter(), f.value(), null, count.count(fewer, plan)));
        }
        if (c.q() != null && !c.q().isBlank() && !c.isLiteral()) {
            boolean area = c.region() != null || c.department() != null;
            List<QueryReader.Part> parts = reader.read(c.q(), !area);
            for (int i = 0; i < parts.size() && i < MOST; i++) {
                if (parts.get(i).role() == QueryReader.Role.GENERIC) {
                    continue;
                }
                List<String> rest = new ArrayList<>();
                for (int j = 0; j < parts.size(); j++) {
                    if (j != i) {
                        rest.add(parts.get(j).typed());
                    }
                }
                String shorter = String.join(" ", rest);
                long n = count.count(c, planner.plan(shorter, false, area));
                keep(found, new Suggestion("q", parts.get(i).typed(), shorter, n));
            }
        }
        found.sort(Comparator.comparingLong(Suggestion::count).reversed());
        return found.size() > MOST ? List.copyOf(found.subList(0, MOST)) : found;
    }

    interface Counter {
        long count(SearchCriteria criteria, TextPlan text);
    }

    private static void keep(List<Suggestion> found, Suggestion s) {
        if (s.count() > 0) {
            found.add(s);
        }
    }
}
