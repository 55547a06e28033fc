package io.vetted.review.reference;

import io.micronaut.serde.annotation.Serdeable;

/** Everything an author writes, as validated: what an edit replaces and a revision keeps. */
@Serdeable
record ReferenceContent(
        Company company,
        Engagement engagement,
        short rating,
        CriteriaRatings criteria,
        boolean wouldRecommend,
        Facts facts,
        String comment,
        boolean contactAllowed) {}
