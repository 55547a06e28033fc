package io.vetted.review.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A provider's reputation as review-service knows it now (vendor-service's copy may lag). */
@Serdeable
public record ReputationView(@Nullable BigDecimal averageRating, int referenceCount, long version) {

    static final ReputationView NONE = new ReputationView(null, 0, 0);
}
