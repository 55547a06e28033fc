package io.vetted.web.shortlist;

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
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;

/**
 * A shortlist someone shared: public and read-only, its name and each provider's status; buyer-service
 * gives neither notes, nor reasons, nor who made it. An unknown or revoked link is a 404.
 */
@Controller(SharedShortlistController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SharedShortlistController {

    static final String PATH = "/shared/shortlists";

    private final BuyerClient buyer;
    private final ShortlistRows rows;
    private final PageContexts pages;

    SharedShortlistController(BuyerClient buyer, ShortlistRows rows, PageContexts pages) {
        this.buyer = buyer;
        this.rows = rows;
        this.pages = pages;
    }

    @Get("/{token}")
    ModelAndView<ShortlistPages.SharedPage> shared(HttpRequest<?> request, @PathVariable String token) {
        BuyerClient.SharedShortlist shared = token.matches("[A-Za-z0-9_-]{10,200}") ? buyer.shared(token) : null;
        if (shared == null) {
            throw new PageNotFoundException();
        }
        var entries = shared.entries().stream()
                .map(e -> new BuyerClient.Entry(e.providerId(), null, e.status(), null, null, null))
                .toList();
        return new ModelAndView<>(
                "shortlist/shared", new ShortlistPages.SharedPage(pages.of(request), shared.name(), rows.of(entries)));
    }
}
