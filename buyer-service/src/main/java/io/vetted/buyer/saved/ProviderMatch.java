package io.vetted.buyer.saved;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.buyer.vendor.VendorUnavailableException;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks vendor-service's public search whether one provider matches a saved search: the stored
 * vendor query, restricted with {@code provider}, one result asked for and {@code total} read.
 */
@Singleton
class ProviderMatch {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderMatch.class);

    /** Position and restriction parameters are this class's to set, whatever the stored query says. */
    private static final Set<String> OWN =
            Set.of("provider", "size", "page", "after", "before", "sort", "publishedAfter");

    @Serdeable
    record Total(long total) {}

    private final HttpClient vendor;

    ProviderMatch(@Client(id = "vendor") HttpClient vendor) {
        this.vendor = vendor;
    }

    /** @return whether it matches; false for a query vendor-service now refuses (400), which is logged */
    boolean matches(String vendorQuery, UUID provider) {
        String query = restricted(vendorQuery, provider);
        try {
            Total found = vendor.toBlocking().retrieve(HttpRequest.GET("/api/providers?" + query), Total.class);
            return found != null && found.total() > 0;
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.BAD_REQUEST) {
                LOG.warn("vendor-service refuses a saved search's query, left unalerted: {}", vendorQuery);
                return false;
            }
            throw new VendorUnavailableException(e);
        } catch (HttpClientException e) {
            throw new VendorUnavailableException(e);
        }
    }

    static String restricted(String vendorQuery, UUID provider) {
        String kept = Arrays.stream(vendorQuery.split("&"))
                .filter(pair -> !pair.isBlank() && !OWN.contains(pair.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        return (kept.isEmpty() ? "" : kept + "&") + "size=1&provider=" + provider;
    }
}
