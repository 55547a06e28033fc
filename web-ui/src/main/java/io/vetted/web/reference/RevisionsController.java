package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A reference's earlier versions, one click from it: edits are public, so they cannot rewrite history unseen. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RevisionsController {

    private final ReviewClient reviews;
    private final VendorClient vendor;
    private final PageContexts pages;

    RevisionsController(ReviewClient reviews, VendorClient vendor, PageContexts pages) {
        this.reviews = reviews;
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get("/references/{id}/revisions")
    @View("reference/revisions")
    RevisionsPage revisions(HttpRequest<?> request, @PathVariable UUID id) {
        ReviewClient.Reference reference = reviews.reference(id);
        if (reference == null || reference.hidden()) {
            throw new PageNotFoundException();
        }
        List<ReviewClient.Revision> revisions = reviews.revisions(id);
        VendorClient.Provider provider = vendor.provider(reference.providerId());
        return new RevisionsPage(
                pages.of(request),
                reference,
                provider == null ? "" : provider.name(),
                revisions == null
                        ? List.of()
                        : revisions.stream()
                                .sorted(Comparator.comparingInt(ReviewClient.Revision::revision)
                                        .reversed())
                                .toList());
    }
}
