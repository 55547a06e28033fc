package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * What clients say about a provider, for its page: the current reputation (from review-service,
 * which owns it, so a reference just posted counts at once) and the references with their filters.
 */
public record ReferenceSection(
        UUID providerId,
        ReviewClient.Reputation reputation,
        ReferenceList list,
        @Nullable String notice) {

    public int roundedRating() {
        return reputation.averageRating() == null
                ? 0
                : reputation.averageRating().setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** Width (0–100) of the bar for {@code stars} in the rating distribution chart. */
    public int distributionWidth(int stars) {
        int count = reputation.distribution().get(stars - 1);
        int max = reputation.distribution().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        return max == 0 ? 0 : Math.max(count > 0 ? 2 : 0, count * 100 / max);
    }

    public int distributionCount(int stars) {
        return reputation.distribution().get(stars - 1);
    }

    public int percent(@Nullable BigDecimal share) {
        return share == null
                ? 0
                : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
