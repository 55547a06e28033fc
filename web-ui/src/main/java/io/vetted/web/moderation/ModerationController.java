package io.vetted.web.moderation;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.reference.ActionForm;
import io.vetted.web.reference.ReferenceActions;
import io.vetted.web.security.CsrfProtected;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The moderators' queue: cases a page at a time, riskiest or oldest first, and what moderators decide, one by one or per provider. */
@Controller("/moderation")
@Produces(MediaType.TEXT_HTML)
@Secured("MODERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController {

    private static final String QUEUE = "/moderation";

    private final ReviewClient reviews;
    private final VendorClient vendor;
    private final PageContexts pages;

    ModerationController(ReviewClient reviews, VendorClient vendor, PageContexts pages) {
        this.reviews = reviews;
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get("{?sort,kind,provider,page}")
    @View("moderation/queue")
    ModerationPage queue(
            HttpRequest<?> request,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue UUID provider,
            @Nullable @QueryValue Integer page) {
        CaseFilter filter = CaseFilter.of(sort, kind, provider, page);
        ReviewClient.CasePage cases =
                reviews.cases(filter.page(), CaseFilter.PAGE_SIZE, filter.sort(), filter.kind(), filter.providerId());
        Map<UUID, String> names = new HashMap<>();
        cases.items().stream().map(i -> i.reference().providerId()).distinct().forEach(id -> names.put(id, name(id)));
        return new ModerationPage(
                pages.of(request),
                cases,
                filter,
                names,
                filter.providerId() == null ? null : names.computeIfAbsent(filter.providerId(), this::name));
    }

    /** One decision, one reason, on a provider's open cases; review-service recomputes its rating once. */
    @Post("/providers/{providerId}/decisions")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decideAll(HttpRequest<?> request, @PathVariable UUID providerId, @Body BulkForm form) {
        var actionForm = new ActionForm(form.csrfToken(), form.reason(), form.action(), form.returnTo());
        return ReferenceActions.run(
                pages,
                request,
                actionForm,
                QUEUE,
                "decisions",
                () -> reviews.decideAll(
                        providerId,
                        new ReviewClient.BulkDecision(
                                actionForm.choiceOrEmpty(), actionForm.textOrEmpty(), form.referenceIds())));
    }

    /** The provider's name for the moderator; its id when vendor-service does not know it (any more). */
    private String name(UUID providerId) {
        try {
            VendorClient.Provider provider = vendor.provider(providerId);
            return provider == null ? providerId.toString() : provider.name();
        } catch (HttpClientResponseException e) {
            return providerId.toString();
        }
    }

    @Post("/references/{id}/hide")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hide(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(
                pages, request, form, QUEUE, "hide", () -> reviews.hide(id, Map.of("reason", form.textOrEmpty())));
    }

    @Post("/references/{id}/restore")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(pages, request, form, QUEUE, "restore", () -> reviews.restore(id));
    }

    @Post("/references/{id}/dismiss")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> dismiss(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        return ReferenceActions.run(pages, request, form, QUEUE, "dismiss", () -> reviews.dismiss(id));
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
                "decision",
                () -> reviews.decide(id, Map.of("outcome", form.choiceOrEmpty(), "reason", form.textOrEmpty())));
    }
}
