package io.vetted.web.mfa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.page.Htmx;
import io.vetted.web.page.PageContexts;
import java.net.URI;
import java.util.Collection;
import java.util.Set;

/**
 * The services refuse providers' and moderators' changes without a second factor. A provider
 * without one still reads their own pages ({@code /my/**}, under a banner that links to the
 * setup), and only a change (any non-GET) sends them to set it up first, coming back afterwards
 * to the page the change was made from. Moderators act on other people's data and their queues
 * show personal details, so {@code /moderation/**} stays fully behind the second factor.
 */
@ServerFilter({"/my/**", "/moderation/**"})
final class MfaGateFilter implements Ordered {

    private static final Set<String> GUARDED = Set.of("PROVIDER", "MODERATOR");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String OWN_PAGES = "/my/";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireSecondFactor(HttpRequest<?> request) {
        Authentication who = request.getUserPrincipal(Authentication.class).orElse(null);
        if (who == null || who.getRoles().stream().noneMatch(GUARDED::contains) || hasSecondFactor(who)) {
            return null;
        }
        boolean read = READS.contains(request.getMethod());
        if (read && request.getPath().startsWith(OWN_PAGES)) {
            request.setAttribute(PageContexts.SECOND_FACTOR_SETUP, ReturnAddress.setup(pageOf(request)));
            return null;
        }
        String setup = ReturnAddress.setup(read ? pageOf(request) : pageTheChangeCameFrom(request));
        if (Htmx.wantsFragment(request)) { // a swapped-in setup page would land inside the form
            return HttpResponse.noContent().header("HX-Redirect", setup);
        }
        return HttpResponse.seeOther(URI.create(setup));
    }

    static boolean hasSecondFactor(Authentication authentication) {
        Object amr = authentication.getAttributes().get("amr");
        return amr instanceof Collection<?> methods && methods.contains("mfa");
    }

    private static String pageOf(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return request.getUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /**
     * The page whose form was posted (the site sends its Referer to itself only), else the
     * dashboard: a POST cannot be replayed after the setup, its page can be shown again.
     */
    private static String pageTheChangeCameFrom(HttpRequest<?> request) {
        String fallback = request.getPath().startsWith(OWN_PAGES) ? "/my/provider" : "/moderation";
        String referer = request.getHeaders().get(HttpHeaders.REFERER);
        if (referer == null) {
            return fallback;
        }
        try {
            URI page = URI.create(referer);
            String path = page.getRawPath();
            if (path == null || path.isEmpty()) {
                return fallback;
            }
            return path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
