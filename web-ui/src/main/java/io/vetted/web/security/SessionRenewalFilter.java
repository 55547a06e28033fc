package io.vetted.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.vetted.support.auth.SecurityEvents;
import io.vetted.web.backend.IdentityClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a visitor signed in past the short-lived access token, and no longer than the sign-in:
 * when the access cookie is gone, or identity-service says its sign-in has ended
 * ({@link SessionLiveness}), the refresh token is rotated with identity-service before the request
 * is authenticated, and both cookies are renewed on the answer. A refused refresh token (expired,
 * revoked, reused) signs the visitor out; so an ended sign-in (logout elsewhere, password change,
 * suspension) shows no signed-in page from the very next request. "Just refreshed by another
 * request" (409, two tabs) keeps the cookies: the other request's new ones win. A session cookie
 * that does not validate (forged, from another key) is dropped and recorded as a security event.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SessionRenewalFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRenewalFilter.class);
    private static final String RENEWED_TOKEN = "vetted.session.renewed";
    private static final String SIGN_OUT = "vetted.session.signOut";
    private static final String ENDED = "vetted.session.ended";

    private final SessionCookie session;
    private final IdentityClient identity;
    private final SessionLiveness liveness;
    private final SecurityEvents events;

    SessionRenewalFilter(
            SessionCookie session, IdentityClient identity, SessionLiveness liveness, SecurityEvents events) {
        this.session = session;
        this.identity = identity;
        this.liveness = liveness;
        this.events = events;
    }

    /** Whether identity said this request's access cookie belongs to a sign-in that has ended. */
    static boolean ended(HttpRequest<?> request) {
        return request.getAttribute(ENDED, Boolean.class).orElse(false);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void renew(HttpRequest<?> request) {
        if (request.getPath().startsWith("/static/")) {
            return;
        }
        if (request.getCookies().contains(session.name())) {
            boolean ended = session.accessCookie(request).map(liveness::ended).orElse(false);
            if (!ended) {
                return;
            }
            request.setAttribute(ENDED, true);
            // signed out unless the refresh cookie still renews (an access token minted before sid existed)
            request.setAttribute(SIGN_OUT, true);
        }
        session.refreshToken(request).ifPresent(refresh -> {
            try {
                IdentityClient.Token token = identity.refresh(new IdentityClient.Refresh(refresh));
                request.setAttribute(SessionCookie.RENEWED, token.accessToken());
                request.setAttribute(RENEWED_TOKEN, token);
                request.setAttribute(SIGN_OUT, false);
            } catch (HttpClientResponseException e) {
                if (e.code() == 401) {
                    request.setAttribute(SIGN_OUT, true);
                } else if (e.code() == 409) {
                    request.setAttribute(SIGN_OUT, false); // another tab just renewed: its cookies win
                }
            } catch (HttpClientException e) {
                LOG.warn("Could not renew a session: {}", e.getMessage());
            }
        });
    }

    @ResponseFilter
    void updateCookies(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean signedIn = request.getUserPrincipal(Authentication.class).isPresent();
        if (request.getCookies().contains(session.name()) && !ended(request) && !signedIn && !setsSession(response)) {
            events.record("SESSION_COOKIE_REJECTED", request, null);
            session.clear(response);
            return;
        }
        if (setsSession(response)) {
            return;
        }
        request.getAttribute(RENEWED_TOKEN, IdentityClient.Token.class)
                .ifPresent(token -> session.set(response, token));
        if (request.getAttribute(SIGN_OUT, Boolean.class).orElse(false)) {
            session.clear(response);
        }
    }

    private boolean setsSession(MutableHttpResponse<?> response) {
        return response.getHeaders().getAll("Set-Cookie").stream().anyMatch(c -> c.startsWith(session.name() + "="));
    }
}
