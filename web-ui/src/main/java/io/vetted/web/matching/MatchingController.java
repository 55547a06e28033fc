package io.vetted.web.matching;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.page.PageContexts;

/**
 * "Providers for my needs": buyer-service's ranked matches for the SME's saved requirements, each
 * with its match sheet and estimated cost. Reading only, so a plain GET; when buyer-service or
 * vendor-service is down the site's usual 503 page answers (ErrorPages).
 */
@Controller("/my/matches")
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class MatchingController {

    private final MatchingClient buyer;
    private final PageContexts pages;

    MatchingController(MatchingClient buyer, PageContexts pages) {
        this.buyer = buyer;
        this.pages = pages;
    }

    @Get
    @View("matching/index")
    MatchingPage matches(HttpRequest<?> request) {
        var ctx = pages.of(request);
        return new MatchingPage(ctx, buyer.matches(), new MatchSheet(ctx));
    }
}
