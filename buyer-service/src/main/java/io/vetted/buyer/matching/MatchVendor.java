package io.vetted.buyer.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.retry.annotation.Retryable;
import io.vetted.buyer.vendor.VendorUnavailableException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads vendor-service for matching. Every call is a safe GET, retried through brief outages; an
 * error answer or an outage becomes {@link VendorUnavailableException} (503 with Retry-After).
 */
@Singleton
class MatchVendor {

    private final MatchVendorClient vendor;

    MatchVendor(MatchVendorClient vendor) {
        this.vendor = vendor;
    }

    @Retryable(attempts = "3", delay = "150ms", includes = VendorUnavailableException.class)
    List<VendorViews.Candidate> search(@Nullable String specialty, @Nullable String department, int size) {
        return call(() -> vendor.search(new MatchVendorClient.SearchQuery(specialty, department, size))
                .items());
    }

    /** @return the profile, or null when it was unpublished since the search */
    @Nullable
    @Retryable(attempts = "3", delay = "150ms", includes = VendorUnavailableException.class)
    VendorViews.Profile profile(UUID id) {
        return call(() -> vendor.profile(id));
    }

    @Retryable(attempts = "3", delay = "150ms", includes = VendorUnavailableException.class)
    VendorViews.Catalog catalog() {
        return call(vendor::catalog);
    }

    @Retryable(attempts = "3", delay = "150ms", includes = VendorUnavailableException.class)
    VendorViews.Estimate estimate(MatchVendorClient.EstimateQuery query) {
        return call(() -> vendor.estimate(query));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientException e) {
            // HttpClientResponseException included: a 4xx here means our request and vendor's API disagree
            throw new VendorUnavailableException(e);
        }
    }
}
