package io.vetted.review.trust;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param websiteChangeWindow a reference written this soon after the provider's website changed is linked
 * @param domainMemory        an author's domain that was the provider's website this recently is linked
 */
@ConfigurationProperties("vetted.trust")
public record TrustConfiguration(
        @NotNull Duration websiteChangeWindow, @NotNull Duration domainMemory) {}
