package io.vetted.web.search;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What was searched and what came back, with the links to the neighbouring pages. */
public record SearchView(String query, VendorClient.SearchResults results) {

    @Nullable
    public String previousUrl() {
        return results.page() > 0 ? url(results.page() - 1) : null;
    }

    @Nullable
    public String nextUrl() {
        return (long) (results.page() + 1) * results.size() < results.total() ? url(results.page() + 1) : null;
    }

    private String url(int page) {
        return "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page;
    }
}
