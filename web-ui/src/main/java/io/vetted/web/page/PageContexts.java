package io.vetted.web.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Locale;

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
        Viewer viewer = request.getUserPrincipal(Authentication.class)
                .map(a -> new Viewer(
                        a.getName(),
                        String.valueOf(a.getAttributes().getOrDefault("name", "")),
                        a.getRoles().stream().findFirst().orElse("")))
                .orElse(null);
        String csrf = request.getAttribute("vetted.csrfToken", String.class).orElse("");
        Messages texts = new Messages(messages, locale);
        String ok = request.getParameters()
                .getFirst(DONE)
                .filter(key -> key.matches("[a-zA-Z]{1,30}")
                        && texts.find(DONE + "." + key).isPresent())
                .orElse(null);
        String setup = request.getAttribute(SECOND_FACTOR_SETUP, String.class).orElse(null);
        Long unreadNotifications = viewer == null || "SERVICE".equals(viewer.role()) ? null : unread.of(request);
        return new PageContext(locale, texts, viewer, csrf, request.getPath(), ok, setup, unreadNotifications);
    }

    public Messages messages(HttpRequest<?> request) {
        return new Messages(messages, Languages.supported(locales.resolveOrDefault(request)));
    }
}
