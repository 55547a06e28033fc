package io.vetted.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.CookieTokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the access cookie like Micronaut's reader, except on a request whose session identity
 * says has ended (see {@link SessionRenewalFilter}): that request is served as a visitor who is
 * not signed in, though the cookie's token would still validate until it expires.
 */
@Singleton
@Replaces(CookieTokenReader.class)
final class LiveSessionCookieReader extends CookieTokenReader {

    LiveSessionCookieReader(AccessTokenCookieConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return SessionRenewalFilter.ended(request) ? Optional.empty() : super.findToken(request);
    }
}
