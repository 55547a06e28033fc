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
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.SafeRedirect;
import io.vetted.web.security.CsrfProtected;
import java.util.HashMap;
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
    HttpResponse<?> dispute(HttpRequest<?> request, @PathVariable UUID id, @Body DisputeForm form) {
        Map<String, String> dispute = new HashMap<>();
        dispute.put("details", form.textOrEmpty());
        if (!form.newEvidenceOrEmpty().isEmpty()) {
            dispute.put("newEvidence", form.newEvidenceOrEmpty());
        }
        try {
            return act(request, form.action(), "dispute", () -> {
                try {
                    reviews.dispute(id, dispute);
                } catch (HttpClientResponseException e) {
                    String evidence = BackendProblem.of(e).fieldErrors().get("newEvidence");
                    throw e.code() == 422 && evidence != null ? new NewEvidenceNeeded(evidence) : e;
                }
            });
        } catch (NewEvidenceNeeded needed) {
            return reopening(request, id, form, needed.getMessage());
        }
    }

    /** A rejected dispute reopens once, with evidence the moderator has not seen: its own page asks for it. */
    private HttpResponse<?> reopening(HttpRequest<?> request, UUID id, DisputeForm form, String refusal) {
        String returnTo = form.returnTo() == null || form.returnTo().isBlank()
                ? "/"
                : SafeRedirect.to(form.returnTo()).toString();
        String key = form.newEvidenceOrEmpty().isEmpty()
                ? "dispute.newEvidenceRequired"
                : refusal.contains("repeats") ? "dispute.newEvidenceRepeats" : "dispute.newEvidenceRequired";
        var kept = new DisputeForm(form.csrfToken(), form.text(), form.newEvidence(), returnTo);
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>(
                        "reference/dispute",
                        new DisputePage(
                                pages.of(request),
                                id,
                                kept,
                                Map.of("newEvidence", pages.messages(request).get(key)))));
    }

    private HttpResponse<?> act(HttpRequest<?> request, ActionForm form, String done, Runnable action) {
        return ReferenceActions.run(pages, request, form, "/", done, action);
    }

    /** review-service's answer that this dispute reopens a rejected one and needs new evidence. */
    private static final class NewEvidenceNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NewEvidenceNeeded(String refusal) {
            super(refusal, null, false, false);
        }
    }
}
