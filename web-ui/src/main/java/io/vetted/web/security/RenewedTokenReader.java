package io.vetted.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.CookieTokenReader;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Authenticates a request with the access token renewed for it, ahead of the (expired) cookie. */
@Singleton
final class RenewedTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getAttribute(SessionCookie.RENEWED, String.class);
    }

    @Override
    public int getOrder() {
        return CookieTokenReader.ORDER - 1;
    }
}
