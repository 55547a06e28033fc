package io.vetted.web.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.backend.ParallelCalls;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.function.Supplier;

/** Builds the {@link PageContext} of a request: language, viewer, CSRF token. */
@Singleton
public class PageContexts {

    /** The query parameter naming what an action did, for the page it leads back to to confirm. */
    public static final String DONE = "ok";

    /** The request attribute holding the two-step verification setup link for the banner. */
    public static final String SECOND_FACTOR_SETUP = "vetted.secondFactorSetup";

    private final UiMessages messages;
    private final HttpLocaleResolver locales;
    private final UnreadBadge unread;

    PageContexts(UiMessages messages, HttpLocaleResolver locales, UnreadBadge unread) {
        this.messages = messages;
        this.locales = locales;
        this.unread = unread;
    }

    public PageContext of(HttpRequest<?> request) {
        Locale locale = Languages.supported(locales.resolveOrDefault(request));
        Viewer viewer = viewer(request);
        String csrf = request.getAttribute("vetted.csrfToken", String.class).orElse("");
        Messages texts = new Messages(messages, locale);
        String ok = request.getParameters()
                .getFirst(DONE)
                .filter(key -> key.matches("[a-zA-Z]{1,30}")
                        && texts.find(DONE + "." + key).isPresent())
                .orElse(null);
        String setup = request.getAttribute(SECOND_FACTOR_SETUP, String.class).orElse(null);
        Long unreadNotifications = counted(viewer) ? unread.of(request) : null;
        return new PageContext(locale, texts, viewer, csrf, request.getPath(), ok, setup, unreadNotifications);
    }

    /**
     * {@link #of} for a page that makes calls of its own on {@code fork}: what the context needs from
     * the services (the unread count) is asked beside them now, and the context is built when the
     * supplier is called, on the request's thread.
     */
    public Supplier<PageContext> ahead(HttpRequest<?> request, ParallelCalls.Fork fork) {
        Runnable unreadKnown = counted(viewer(request)) ? unread.askAhead(request, fork) : () -> {};
        return () -> {
            unreadKnown.run();
            return of(request);
        };
    }

    public Messages messages(HttpRequest<?> request) {
        return new Messages(messages, Languages.supported(locales.resolveOrDefault(request)));
    }

    private static Viewer viewer(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> new Viewer(
                        a.getName(),
                        String.valueOf(a.getAttributes().getOrDefault("name", "")),
                        a.getRoles().stream().findFirst().orElse("")))
                .orElse(null);
    }

    // a service account's pages show no notification badge
    private static boolean counted(Viewer viewer) {
        return viewer != null && !"SERVICE".equals(viewer.role());
    }
}
