package io.vetted.web.account;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.vetted.web.page.Htmx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A page that needs an account sends a signed-out visitor to sign in (the security rules'
 * redirect to {@code /login}); this filter adds where they were going, so that signing in brings
 * them back there. Only pages (GET) are remembered: a form cannot be replayed. The sign-in form
 * keeps the target only when it is a path on this site ({@link io.vetted.web.page.SafeRedirect}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ReturnAfterSignInFilter implements Ordered {

    static final String SIGN_IN = "/login";

    // outside the security filter, so that its redirect is already the answer
    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }

    @ResponseFilter
    void rememberWhereTheVisitorWasGoing(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET
                || Htmx.wantsFragment(request)
                || response.code() / 100 != 3
                || !SIGN_IN.equals(response.getHeaders().get(HttpHeaders.LOCATION))) {
            return;
        }
        String target = request.getUri().getRawPath()
                + (request.getUri().getRawQuery() == null
                        ? ""
                        : "?" + request.getUri().getRawQuery());
        response.getHeaders()
                .set(HttpHeaders.LOCATION, SIGN_IN + "?returnTo=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}
