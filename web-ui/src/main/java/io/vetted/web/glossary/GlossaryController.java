package io.vetted.web.glossary;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.vetted.web.page.PageContexts;

/**
 * The words of the trade in plain language (SLA, after hours, the adjusted rating, each
 * certification), public, and linked from every place such a word appears.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class GlossaryController {

    private final PageContexts pages;

    GlossaryController(PageContexts pages) {
        this.pages = pages;
    }

    @Get(GlossaryPage.PATH)
    @View("glossary/index")
    GlossaryPage show(HttpRequest<?> request) {
        return new GlossaryPage(pages.of(request));
    }
}
