package io.vetted.web.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.ParallelCalls;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.compare.CompareSelection;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.reference.ReferenceSection;
import io.vetted.web.reference.ReferenceSections;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Assembles a provider page from vendor-service (the profile) and review-service (what clients say),
 * asking both at the same time: neither needs the other's answer.
 */
@Singleton
public class ProviderPages {

    private final VendorClient vendor;
    private final ReferenceSections references;
    private final PageContexts pages;
    private final Catalogs catalogs;
    private final CompareSelection comparison;
    private final ParallelCalls calls;

    ProviderPages(
            VendorClient vendor,
            ReferenceSections references,
            PageContexts pages,
            Catalogs catalogs,
            CompareSelection comparison,
            ParallelCalls calls) {
        this.vendor = vendor;
        this.references = references;
        this.pages = pages;
        this.catalogs = catalogs;
        this.comparison = comparison;
        this.calls = calls;
    }

    /** The page of provider {@code id}, with the reference section {@code section} builds for it. */
    public ProviderPage page(HttpRequest<?> request, UUID id, Function<UUID, ReferenceSection> section) {
        VendorClient.Provider provider;
        ReferenceSection referenceSection;
        PageContext context;
        try (ParallelCalls.Fork fork = calls.fork()) {
            Supplier<PageContext> contextAhead = pages.ahead(request, fork);
            ParallelCalls.Call<ReferenceSection> asked = fork.start(() -> section.apply(id));
            // the profile's failure wins, as when it was asked first: a missing provider is a 404 page
            provider = vendor.provider(id);
            if (provider == null) {
                throw new PageNotFoundException();
            }
            referenceSection = asked.join();
            context = contextAhead.get();
        }
        boolean moderator = request.getUserPrincipal(Authentication.class)
                .map(a -> a.getRoles().contains("MODERATOR"))
                .orElse(false);
        return new ProviderPage(
                context,
                new ProviderView(
                        provider,
                        referenceSection,
                        catalogs,
                        comparison.of(request).contains(id),
                        moderator));
    }

    public ProviderPage page(HttpRequest<?> request, UUID id, String notice) {
        return page(request, id, providerId -> references.empty(providerId, notice));
    }
}
