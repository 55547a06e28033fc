package io.vetted.web.reference;

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
 * The public disclosure on references the consumer code asks of a review site (L111-7-2, D111-16,
 * D111-17): how they are checked, who vouched for each label, quarantine, refusals, retention, no
 * compensation, reporting. Its texts live in the review bundles, so FR and EN stay in step.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class HowReferencesWorkController {

    static final String PATH = "/how-references-work";

    private final PageContexts pages;

    HowReferencesWorkController(PageContexts pages) {
        this.pages = pages;
    }

    @Get(PATH)
    @View("reference/how")
    HowReferencesWorkPage show(HttpRequest<?> request) {
        return new HowReferencesWorkPage(pages.of(request));
    }
}
