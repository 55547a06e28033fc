package io.vetted.review.reference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether an edit is substantive: the overall rating moves by a star or more, a criterion by two,
 * or the company, the engagement's dates or its services change. Wording, facts and a criterion
 * moved by one star are not.
 */
final class Substance {

    static final int CRITERION_STEP = 2;

    private Substance() {}

    static Set<Change> changes(ReferenceContent before, ReferenceContent after) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (before.rating() != after.rating()) {
            changes.add(Change.RATING);
        }
        Map<Criterion, Integer> was = before.criteria().asMap();
        Map<Criterion, Integer> now = after.criteria().asMap();
        for (var entry : now.entrySet()) {
            Integer earlier = was.get(entry.getKey());
            if (earlier != null && Math.abs(earlier - entry.getValue()) >= CRITERION_STEP) {
                changes.add(Change.CRITERIA);
            }
        }
        if (!before.company().key().equals(after.company().key())
                || !Objects.equals(before.company().siren(), after.company().siren())) {
            changes.add(Change.COMPANY);
        }
        if (!before.engagement().start().equals(after.engagement().start())
                || !Objects.equals(before.engagement().end(), after.engagement().end())) {
            changes.add(Change.DATES);
        }
        if (!Set.copyOf(Arrays.asList(before.engagement().services()))
                .equals(Set.copyOf(Arrays.asList(after.engagement().services())))) {
            changes.add(Change.SERVICES);
        }
        return changes;
    }
}
