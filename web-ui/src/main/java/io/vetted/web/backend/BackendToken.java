package io.vetted.web.backend;

import io.micronaut.http.HttpRequest;
import io.vetted.web.security.SessionCookie;
import jakarta.inject.Singleton;

/** The signed-in visitor's token, forwarded to the services as a bearer token. */
@Singleton
public class BackendToken {

    private final SessionCookie session;

    BackendToken(SessionCookie session) {
        this.session = session;
    }

    public String bearer(HttpRequest<?> request) {
        return "Bearer " + session.accessToken(request).orElse("");
    }
}
