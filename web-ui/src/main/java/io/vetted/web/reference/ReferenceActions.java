package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
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
        return run(pages, request, form, fallback, null, action);
    }

    /** The same, and the page it goes back to confirms the action with the message {@code ok.<done>}. */
    public static HttpResponse<?> run(
            PageContexts pages,
            HttpRequest<?> request,
            ActionForm form,
            String fallback,
            @Nullable String done,
            Runnable action) {
        URI back = form.returnTo() == null || form.returnTo().isBlank()
                ? URI.create(fallback)
                : SafeRedirect.to(form.returnTo());
        try {
            action.run();
            return HttpResponse.seeOther(done == null ? back : confirming(back, done));
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

    /** {@code /providers/1?x=y#reference-2} becomes {@code /providers/1?x=y&ok=reply#reference-2}. */
    static URI confirming(URI back, String done) {
        String target = back.toString();
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash);
        String param = PageContexts.DONE + "=" + done;
        String withoutOld = path.replaceAll("([?&])" + PageContexts.DONE + "=[a-zA-Z]*&?", "$1")
                .replaceAll("[?&]$", "");
        return URI.create(withoutOld + (withoutOld.contains("?") ? "&" : "?") + param + fragment);
    }
}
