package io.vetted.review.reference;

import io.micronaut.http.HttpStatus;
import io.vetted.support.problem.ApiProblems;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The rules bean validation cannot state: criteria names and ranges, and dates that must agree. */
final class ReferenceRules {

    private ReferenceRules() {}

    static ReferenceContent content(ReferenceRequest request) {
        var e = request.engagement();
        if (e.end() != null && e.end().isBefore(e.start())) {
            throw ApiProblems.unprocessable("engagement.end", "must not be before the start of the engagement");
        }
        String[] services = e.services().stream().distinct().map(Enum::name).toArray(String[]::new);
        var engagement = new Engagement(services, e.mode(), e.start(), e.end(), e.monthlyCostBand(), e.teamSize());
        var facts = new Facts(
                request.facts().unannouncedPriceIncrease(),
                request.facts().subcontracting(),
                request.facts().afterHoursIncident());
        return new ReferenceContent(
                Company.of(request.company().name(), request.company().siren()),
                engagement,
                request.rating().shortValue(),
                CriteriaRatings.of(criteria(request.criteria())),
                request.wouldRecommend(),
                facts,
                request.comment().strip(),
                Boolean.TRUE.equals(request.contactAllowed()));
    }

    static Map<Criterion, Integer> criteria(Map<String, Integer> requested) {
        Map<Criterion, Integer> criteria = new EnumMap<>(Criterion.class);
        if (requested == null) {
            return criteria;
        }
        requested.forEach((name, value) -> {
            Criterion criterion = Criterion.named(name)
                    .orElseThrow(() -> ApiProblems.invalidField(
                            HttpStatus.BAD_REQUEST,
                            "criteria." + name,
                            "is not a known criterion; use one of " + Arrays.toString(Criterion.values())));
            if (value == null || value < 1 || value > 5) {
                throw ApiProblems.invalidField(HttpStatus.BAD_REQUEST, "criteria." + name, "must be between 1 and 5");
            }
            criteria.put(criterion, value);
        });
        return criteria;
    }
}
