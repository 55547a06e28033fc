package io.vetted.web.saved;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.search.SearchForm;
import jakarta.inject.Singleton;

/**
 * How many providers a saved search finds that were published since the buyer last ran it: the same
 * query string read as the search page reads it, with vendor-service's {@code publishedAfter}.
 */
@Singleton
class NewMatches {

    private final VendorClient vendor;

    NewMatches(VendorClient vendor) {
        this.vendor = vendor;
    }

    /** @return null when vendor-service cannot count them (a query it now refuses, or it is down) */
    @Nullable
    SavedSearchPages.Count of(BuyerClient.SavedSearch search) {
        try {
            var results =
                    vendor.search(SearchForm.ofQueryString(search.query()).publishedSince(search.lastVisitedAt()));
            return new SavedSearchPages.Count(results.total(), results.totalIsLowerBound());
        } catch (HttpClientException e) {
            // the list still shows, with the count left out
            return null;
        }
    }
}
