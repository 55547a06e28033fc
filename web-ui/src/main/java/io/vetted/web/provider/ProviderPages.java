package io.vetted.web.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.reference.ReferenceForm;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/** Assembles a provider page from vendor-service (the profile) and review-service (what clients say). */
@Singleton
public class ProviderPages {

    private final VendorClient vendor;
    private final ReviewClient reviews;
    private final PageContexts pages;

    ProviderPages(VendorClient vendor, ReviewClient reviews, PageContexts pages) {
        this.vendor = vendor;
        this.reviews = reviews;
        this.pages = pages;
    }

    public ProviderPage page(HttpRequest<?> request, UUID id, ReferenceForm form, Map<String, String> errors,
                             String notice) {
        VendorClient.Provider provider = vendor.provider(id);
        if (provider == null) {
            throw new PageNotFoundException();
        }
        ReviewClient.Reputation reputation;
        try {
            reputation = reviews.reputation(id);
        } catch (HttpClientResponseException e) {
            reputation = ReviewClient.Reputation.NONE;
        }
        return new ProviderPage(pages.of(request), new ProviderView(provider,
                reputation == null ? ReviewClient.Reputation.NONE : reputation, reviews.references(id, 0, 50),
                form, errors, notice));
    }
}
