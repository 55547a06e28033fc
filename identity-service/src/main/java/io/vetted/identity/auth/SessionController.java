package io.vetted.identity.auth;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets the holder of an access token ask whether its sign-in still holds. web-ui asks on every
 * signed-in request, so ending a session (logout, password change, suspension) ends the web
 * session at once instead of when the access token expires. The caller's own token is the
 * credential: it can only learn about its own session, and web-ui needs no secret for it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
class SessionController implements SessionOperations {

    private final Sessions sessions;
    private final CurrentUser currentUser;

    SessionController(Sessions sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    @Override
    public Status current() {
        UUID accountId = currentUser.accountId();
        return new Status(currentUser
                .attribute(TokenIssuer.SESSION_CLAIM)
                .flatMap(SessionController::uuid)
                .map(sessionId -> sessions.isActive(accountId, sessionId))
                .orElse(false));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
