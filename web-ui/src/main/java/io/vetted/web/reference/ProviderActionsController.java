package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.util.Map;
import java.util.UUID;

/** What a provider's team does on a reference about it: confirm the engagement, reply, dispute. */
@Controller("/references/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderActionsController {

    private final ReviewClient reviews;
    private final PageContexts pages;

    ProviderActionsController(ReviewClient reviews, PageContexts pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @Post("/confirm")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return act(request, form, "confirm", () -> reviews.confirm(id));
    }

    @Post("/reply")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return act(request, form, "reply", () -> reviews.reply(id, Map.of("body", form.textOrEmpty())));
    }

    @Post("/dispute")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dispute(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return act(request, form, "dispute", () -> reviews.dispute(id, Map.of("details", form.textOrEmpty())));
    }

    private HttpResponse<?> act(HttpRequest<?> request, ActionForm form, String done, Runnable action) {
        return ReferenceActions.run(pages, request, form, "/", done, action);
    }
}
