package io.vetted.web.security;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.backend.IdentityClient;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks identity-service, on every signed-in request and without caching, whether the sign-in of
 * the visitor's access cookie still holds: logout elsewhere, a password or MFA change, a role
 * change or a suspension end it at once instead of when the access token expires. Only
 * identity's "no longer active" ends it: when identity cannot answer, the access token's own
 * short lifetime is the bound, so an identity outage does not sign everyone out.
 */
@Singleton
class SessionLiveness {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLiveness.class);

    private final IdentityClient identity;

    SessionLiveness(IdentityClient identity) {
        this.identity = identity;
    }

    boolean ended(String accessToken) {
        try {
            IdentityClient.SessionStatus status = identity.session("Bearer " + accessToken);
            return status != null && !status.active();
        } catch (HttpClientResponseException e) {
            // a token identity refuses outright fails the site's own validation too, which records it
            return false;
        } catch (HttpClientException e) {
            LOG.warn("Could not check a session with identity-service: {}", e.getMessage());
            return false;
        }
    }
}
