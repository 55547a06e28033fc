package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.vetted.support.problem.ApiProblems;
import java.math.BigDecimal;

/** Prices that make sense for their model: a typo of two zeros is refused, not published. */
final class PricingRules {

    private PricingRules() {}

    /** @return the unit to store: FLAT by default for a monthly fee, none otherwise */
    @Nullable
    static PriceUnit check(String prefix, PricingModel model, @Nullable PriceUnit unit, @Nullable BigDecimal price) {
        if (model != PricingModel.MONTHLY_FIXED && unit != null) {
            throw ApiProblems.unprocessable(prefix + "priceUnit", "only a monthly fixed fee has a unit");
        }
        PriceUnit stored = model == PricingModel.MONTHLY_FIXED && unit == null ? PriceUnit.FLAT : unit;
        checkPrice(prefix, model, stored, price);
        return stored;
    }

    static void checkPrice(String prefix, PricingModel model, @Nullable PriceUnit unit, @Nullable BigDecimal price) {
        String field = prefix + "priceEur";
        if (model == PricingModel.PROJECT) {
            if (price != null) {
                throw ApiProblems.unprocessable(field, "a project is quoted on request and has no public price");
            }
            return;
        }
        if (price == null) {
            throw ApiProblems.invalidField(HttpStatus.BAD_REQUEST, field, "must not be null");
        }
        int[] range = range(model, unit);
        if (price.compareTo(BigDecimal.valueOf(range[0])) < 0 || price.compareTo(BigDecimal.valueOf(range[1])) > 0) {
            throw ApiProblems.unprocessable(
                    field, "must be between " + range[0] + " and " + range[1] + " EUR for this pricing model");
        }
    }

    private static int[] range(PricingModel model, @Nullable PriceUnit unit) {
        return switch (model) {
            case HOURLY -> new int[] {10, 1500};
            case PER_INTERVENTION -> new int[] {20, 10_000};
            case MONTHLY_FIXED -> unit == PriceUnit.FLAT ? new int[] {20, 100_000} : new int[] {1, 1000};
            case PROJECT -> throw new IllegalArgumentException("projects have no price");
        };
    }
}
