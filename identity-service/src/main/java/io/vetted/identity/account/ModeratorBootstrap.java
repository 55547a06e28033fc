package io.vetted.identity.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderators are appointed, not self-registered: the operator names the first one with
 * {@code MODERATOR_EMAIL} and {@code MODERATOR_PASSWORD} (blank: a password generated once into
 * {@code $VETTED_HOME/secrets/moderator-password}); it is created at start-up when missing.
 */
@Singleton
@Requires(property = "vetted.bootstrap.moderator.email", pattern = ".+")
class ModeratorBootstrap implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ModeratorBootstrap.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    ModeratorBootstrap(
            AccountService accounts,
            @Value("${vetted.bootstrap.moderator.email}") String email,
            @Value("${vetted.bootstrap.moderator.password:}") String password,
            LocalSecrets secrets) {
        this.accounts = accounts;
        this.email = email;
        this.password = secrets.configuredOrLocal(password, "moderator-password", () -> LocalSecrets.randomToken(18));
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (password.length() < 12) {
            LOG.warn("MODERATOR_PASSWORD is shorter than 12 characters; no moderator account created");
            return;
        }
        try {
            accounts.ensure(email, password, Role.MODERATOR, "Moderation");
        } catch (DataAccessException raced) {
            LOG.debug("Another replica created the moderator account first", raced);
        }
    }
}
