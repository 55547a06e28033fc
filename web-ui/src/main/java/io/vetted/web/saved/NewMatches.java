package io.vetted.web.saved;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.backend.ParallelCalls;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.search.SearchForm;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many providers a saved search finds that were published since the buyer last ran it: the same
 * query string read as the search page reads it, with vendor-service's {@code publishedAfter}.
 */
@Singleton
class NewMatches {

    /*
     * A buyer may keep 50 searches: asked one after the other, a list page took 50 searches' time.
     * Four at a time, so that one page cannot take most of vendor-service's ten connections.
     */
    static final int LANES = 4;

    private final VendorClient vendor;
    private final ParallelCalls calls;

    NewMatches(VendorClient vendor, ParallelCalls calls) {
        this.vendor = vendor;
        this.calls = calls;
    }

    /** The counts of {@code searches}, in their order; an element is null where {@link #of} gives null. */
    List<SavedSearchPages.Count> of(List<BuyerClient.SavedSearch> searches) {
        SavedSearchPages.Count[] counts = new SavedSearchPages.Count[searches.size()];
        List<ParallelCalls.Call<Void>> lanes = new ArrayList<>();
        try (ParallelCalls.Fork fork = calls.fork()) {
            for (int lane = 0; lane < Math.min(LANES, searches.size()); lane++) {
                int first = lane;
                lanes.add(fork.start(() -> {
                    for (int i = first; i < searches.size(); i += LANES) {
                        counts[i] = of(searches.get(i));
                    }
                    return null;
                }));
            }
            lanes.forEach(ParallelCalls.Call::join);
        }
        return Arrays.asList(counts);
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
