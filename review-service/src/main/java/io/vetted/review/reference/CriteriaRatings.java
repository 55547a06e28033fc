package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.EnumMap;
import java.util.Map;

/** Ratings per criterion; a criterion the client did not rate is null. */
@Embeddable
@Serdeable
public record CriteriaRatings(
        @Nullable Short objectives,
        @Nullable Short responsiveness,
        @Nullable Short afterHours,
        @Nullable Short professionalism,
        @Nullable Short communication,
        @Nullable Short billing,
        @Nullable Short dataSecurity) {

    static final CriteriaRatings NONE = new CriteriaRatings(null, null, null, null, null, null, null);

    static CriteriaRatings of(Map<Criterion, Integer> ratings) {
        return new CriteriaRatings(
                get(ratings, Criterion.OBJECTIVES),
                get(ratings, Criterion.RESPONSIVENESS),
                get(ratings, Criterion.AFTER_HOURS),
                get(ratings, Criterion.PROFESSIONALISM),
                get(ratings, Criterion.COMMUNICATION),
                get(ratings, Criterion.BILLING),
                get(ratings, Criterion.DATA_SECURITY));
    }

    /** Only the criteria that were rated, in catalogue order. */
    public Map<Criterion, Integer> asMap() {
        Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            Short value = rating(criterion);
            if (value != null) {
                map.put(criterion, value.intValue());
            }
        }
        return map;
    }

    private @Nullable Short rating(Criterion criterion) {
        return switch (criterion) {
            case OBJECTIVES -> objectives;
            case RESPONSIVENESS -> responsiveness;
            case AFTER_HOURS -> afterHours;
            case PROFESSIONALISM -> professionalism;
            case COMMUNICATION -> communication;
            case BILLING -> billing;
            case DATA_SECURITY -> dataSecurity;
        };
    }

    private static Short get(Map<Criterion, Integer> ratings, Criterion criterion) {
        Integer value = ratings.get(criterion);
        return value == null ? null : value.shortValue();
    }
}
