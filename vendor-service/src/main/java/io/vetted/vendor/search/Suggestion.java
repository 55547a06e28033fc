package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * When nothing matches, one thing to drop and how many providers the search would then find:
 * a word or place of the text ({@code parameter} "q", {@code q} the text without it) or a filter
 * ({@code parameter} and {@code value} as in the query string, e.g. "specialty" / "CLOUD_SAAS").
 */
@Serdeable
public record Suggestion(
        String parameter, @Nullable String value, @Nullable String q, long count) {}
