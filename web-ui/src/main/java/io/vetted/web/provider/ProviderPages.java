package io.vetted.web.provider;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.compare.CompareSelection;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.reference.ReferenceSection;
import io.vetted.web.reference.ReferenceSections;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.function.Function;

/** Assembles a provider page from vendor-service (the profile) and review-service (what clients say). */
@Singleton
public class ProviderPages {

    private final VendorClient vendor;
    private final ReferenceSections references;
    private final PageContexts pages;
    private final Catalogs catalogs;
    private final CompareSelection comparison;

    ProviderPages(
            VendorClient vendor,
            ReferenceSections references,
            PageContexts pages,
            Catalogs catalogs,
            CompareSelection comparison) {
        this.vendor = vendor;
        this.references = references;
        this.pages = pages;
        this.catalogs = catalogs;
        this.comparison = comparison;
    }

    /** The page of provider {@code id}, with the reference section {@code section} builds for it. */
    public ProviderPage page(HttpRequest<?> request, UUID id, Function<UUID, ReferenceSection> section) {
        VendorClient.Provider provider = vendor.provider(id);
        if (provider == null) {
            throw new PageNotFoundException();
        }
        boolean moderator = request.getUserPrincipal(Authentication.class)
                .map(a -> a.getRoles().contains("MODERATOR"))
                .orElse(false);
        return new ProviderPage(
                pages.of(request),
                new ProviderView(
                        provider,
                        section.apply(id),
                        catalogs,
                        comparison.of(request).contains(id),
                        moderator));
    }

    public ProviderPage page(HttpRequest<?> request, UUID id, String notice) {
        return page(request, id, providerId -> references.empty(providerId, notice));
    }
}
