package io.vetted.web.moderation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.reference.ActionForm;
import io.vetted.web.reference.ReferenceActions;
import io.vetted.web.security.CsrfProtected;
import java.util.Map;
import java.util.UUID;

/** Anyone, signed in or not, reports a reference to the moderators, with a reason (review-service throttles anonymous reports per address). */
@Controller("/references/{id}/report")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    private final ReviewClient reviews;
    private final PageContexts pages;

    ReportController(ReviewClient reviews, PageContexts pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @Get
    @View("moderation/report")
    ReportPage form(HttpRequest<?> request, @PathVariable UUID id) {
        ReviewClient.Reference reference = reviews.reference(id);
        if (reference == null || !reference.published()) {
            throw new PageNotFoundException();
        }
        return new ReportPage(pages.of(request), reference, "");
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> report(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(
                pages,
                request,
                form,
                "/",
                () -> reviews.report(id, Map.of("reason", form.choiceOrEmpty(), "details", form.textOrEmpty())));
    }
}
