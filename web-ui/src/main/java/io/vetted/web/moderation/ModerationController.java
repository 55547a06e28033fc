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
import io.micronaut.views.View;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.reference.ActionForm;
import io.vetted.web.reference.ReferenceActions;
import io.vetted.web.security.CsrfProtected;
import java.util.Map;
import java.util.UUID;

/** The moderators' queue: reports, flags and disputes, and what moderators decide. */
@Controller("/moderation")
@Produces(MediaType.TEXT_HTML)
@Secured("MODERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController {

    private static final String QUEUE = "/moderation";

    private final ReviewClient reviews;
    private final PageContexts pages;

    ModerationController(ReviewClient reviews, PageContexts pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @Get
    @View("moderation/queue")
    ModerationPage queue(HttpRequest<?> request) {
        return new ModerationPage(pages.of(request), reviews.queue());
    }

    @Post("/references/{id}/hide")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hide(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(
                pages, request, form, QUEUE, () -> reviews.hide(id, Map.of("reason", form.textOrEmpty())));
    }

    @Post("/references/{id}/restore")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(pages, request, form, QUEUE, () -> reviews.restore(id));
    }

    @Post("/references/{id}/dismiss")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismiss(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(pages, request, form, QUEUE, () -> reviews.dismiss(id));
    }

    @Post("/disputes/{id}/decision")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(
                pages,
                request,
                form,
                QUEUE,
                () -> reviews.decide(id, Map.of("outcome", form.choiceOrEmpty(), "reason", form.textOrEmpty())));
    }
}
