package io.vetted.web.search;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Introspected
public record SearchPage(PageContext ctx, String query, VendorClient.SearchResults results) {

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
