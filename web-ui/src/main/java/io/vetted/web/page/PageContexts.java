package io.vetted.web.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Locale;

/** Builds the {@link PageContext} of a request: language, viewer, CSRF token. */
@Singleton
public class PageContexts {

    private final UiMessages messages;
    private final HttpLocaleResolver locales;

    PageContexts(UiMessages messages, HttpLocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
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
        return new PageContext(locale, new Messages(messages, locale), viewer, csrf, request.getPath());
    }

    public Messages messages(HttpRequest<?> request) {
        return new Messages(messages, Languages.supported(locales.resolveOrDefault(request)));
    }
}
