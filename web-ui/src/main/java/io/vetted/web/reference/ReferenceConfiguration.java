package io.vetted.web.reference;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * @param dailyLimit references one account may publish in any 24 hours, stated on the form before
 *     the client writes; review-service enforces it ({@code vetted.references.daily-limit} there,
 *     both read {@code REFERENCE_DAILY_LIMIT}), this copy only says it
 */
@ConfigurationProperties("vetted.references")
public record ReferenceConfiguration(int dailyLimit) {}
