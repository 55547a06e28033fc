package io.vetted.web.backend;

import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * vendor-service's catalogue (specialties, sectors, compliance topics, French areas): the one
 * source of every list of those values the site shows. It changes only with a vendor-service
 * release, so it is kept for {@code vetted.catalog.max-age} and then fetched again; while
 * vendor-service does not answer, the catalogue already held keeps serving.
 */
@Singleton
public class Catalogs {

    private static final Logger LOG = LoggerFactory.getLogger(Catalogs.class);

    private final VendorClient vendor;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Held held;

    @Inject
    Catalogs(VendorClient vendor, CatalogConfiguration configuration) {
        this(vendor, configuration.maxAge(), Clock.systemUTC());
    }

    Catalogs(VendorClient vendor, Duration maxAge, Clock clock) {
        this.vendor = vendor;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public VendorModels.Catalog get() {
        return held().catalog();
    }

    public String regionName(String code) {
        return Optional.ofNullable(held().areaNames().get("region:" + code)).orElse(code);
    }

    /** "Rhône (69)". */
    public String departmentName(String code) {
        return Optional.ofNullable(held().areaNames().get("dept:" + code))
                .map(name -> name + " (" + code + ")")
                .orElse(code);
    }

    private Held held() {
        Held current = held;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.loadedAt().plus(maxAge))) {
            return current;
        }
        try {
            current = Held.of(vendor.catalog(), now);
            held = current;
        } catch (HttpClientException e) {
            if (current == null) {
                throw e;
            }
            LOG.warn("Keeping the catalogue fetched at {}: {}", current.loadedAt(), e.getMessage());
        }
        return current;
    }

    private record Held(VendorModels.Catalog catalog, Map<String, String> areaNames, Instant loadedAt) {

        static Held of(VendorModels.Catalog catalog, Instant loadedAt) {
            Map<String, String> names = catalog.regions().stream()
                    .flatMap(r -> Stream.concat(
                            Stream.of(Map.entry("region:" + r.code(), r.name())),
                            r.departments().stream().map(d -> Map.entry("dept:" + d.code(), d.name()))))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return new Held(catalog, names, loadedAt);
        }
    }
}
