package io.vetted.web.backend;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** @param maxAge how long the site keeps vendor-service's catalogue before fetching it again */
@ConfigurationProperties("vetted.catalog")
public record CatalogConfiguration(Duration maxAge) {}
