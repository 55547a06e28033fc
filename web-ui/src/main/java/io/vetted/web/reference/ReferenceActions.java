package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.Relayed;
import io.vetted.web.page.SafeRedirect;
import java.net.URI;

/** Runs one action on a reference and goes back where its form came from; a refusal shows why, with a way back. */
public final class ReferenceActions {

    private ReferenceActions() {}

    public static HttpResponse<?> run(
            PageContexts pages, HttpRequest<?> request, ActionForm form, String fallback, Runnable action) {
        URI back = form.returnTo() == null || form.returnTo().isBlank()
                ? URI.create(fallback)
                : SafeRedirect.to(form.returnTo());
        try {
            action.run();
            return HttpResponse.seeOther(back);
        } catch (HttpClientResponseException e) {
            BackendProblem problem = BackendProblem.of(e);
            if (problem.status() >= 500 || problem.status() == 401) {
                throw e;
            }
            var ctx = pages.of(request);
            String message = Relayed.refusal(problem, pages.messages(request));
            return HttpResponse.status(problem.status() == 403 ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>(
                            "reference/outcome",
                            new OutcomePage(ctx, ctx.t("reference.refused", message), back.toString())));
        }
    }
}
