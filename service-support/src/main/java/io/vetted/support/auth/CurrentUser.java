package io.vetted.support.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller of the current request, as the validated token says. Controllers use it instead of
 * an {@code Authentication} parameter so their API interfaces stay usable as typed HTTP clients.
 */
@Singleton
public class CurrentUser {

    private final SecurityService security;

    CurrentUser(SecurityService security) {
        this.security = security;
    }

    public Optional<Authentication> authentication() {
        return security.getAuthentication();
    }

    public Authentication require() {
        return authentication().orElseThrow(() -> ApiProblems.status(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }

    /** The account id of a signed-in person (the token's subject). */
    public UUID accountId() {
        try {
            return UUID.fromString(require().getName());
        } catch (IllegalArgumentException e) {
            throw ApiProblems.forbidden("Only personal accounts may do this");
        }
    }

    public boolean hasRole(String role) {
        return authentication().map(a -> a.getRoles().contains(role)).orElse(false);
    }

    /** Whether the caller's token says a second factor was presented at sign-in ({@code amr} has {@code mfa}). */
    public boolean hasSecondFactor() {
        return authentication().map(MfaRequiredForWrites::hasSecondFactor).orElse(false);
    }

    public Optional<String> attribute(String name) {
        return authentication().map(a -> a.getAttributes().get(name)).map(Object::toString);
    }
}
