package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

@Introspected
record CriterionRating(String criterion, BigDecimal rating) {}
