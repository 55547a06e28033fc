package io.vetted.buyer.quote;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * @param dailyLimit          quote requests one account may send in 24 hours, against spam
 * @param messagesPerRequest  messages a request's thread may hold, a bound on storage
 */
@ConfigurationProperties("vetted.buyer.quotes")
public record QuoteConfiguration(
        @Min(1) int dailyLimit, @Min(1) int messagesPerRequest) {}
