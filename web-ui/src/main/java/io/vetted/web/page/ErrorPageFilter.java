package io.vetted.web.page;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.ModelAndView;
import java.util.Set;

/**
 * An error answer that is not already a page (no route, a refusal by the security rules, a
 * controller's bare status, a failure nothing handled) becomes the error page in the visitor's
 * language. This is a response filter rather than {@code @Error(status = ...)} routes on purpose:
 * Micronaut 4.10 runs a status route through the original route's body handling, and when that
 * form's body was still arriving the request looped until the heap was gone (e2e-tests'
 * SplitArrival sends every body of the authorization matrix that way).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ErrorPageFilter implements Ordered {

    private static final Set<Integer> OWN_MESSAGES = Set.of(401, 403, 404, 500, 503);

    private final PageContexts pages;
    private final EagerJteViewsRenderer<Object> renderer;

    ErrorPageFilter(PageContexts pages, EagerJteViewsRenderer<Object> renderer) {
        this.pages = pages;
        this.renderer = renderer;
    }

    // outside the security filter, so that its refusals get a page too
    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }

    @ResponseFilter
    void renderErrorPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || response.getBody().filter(ErrorPageFilter::isPage).isPresent()) {
            return;
        }
        String messageKey =
                OWN_MESSAGES.contains(status) ? "error." + status : status >= 500 ? "error.500" : "error.rejected";
        Writable page = renderer.render("error/page", new ErrorPage(pages.of(request), status, messageKey), request);
        response.body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static boolean isPage(Object body) {
        return body instanceof Writable || body instanceof ModelAndView<?> || body instanceof CharSequence;
    }
}
