package io.vetted.support.auth;

import io.micronaut.context.annotation.Requires;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Holds this service's own access token for calls to other services, fetched from identity-service
 * with client credentials and renewed once half its lifetime has passed.
 */
@Singleton
@Requires(property = "vetted.service-auth.client-id")
public class ServiceTokenProvider implements ServiceTokens {

    private final ServiceTokenClient client;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ServiceTokenProvider(ServiceTokenClient client, ServiceAuthConfiguration config, LocalSecrets secrets) {
        this.client = client;
        this.clientId = config.clientId();
        this.clientSecret = secrets.configuredOrLocal(
                config.clientSecret(),
                ServiceToken.localSecretName(config.clientId()),
                () -> LocalSecrets.randomToken(32));
        this.clock = Clock.systemUTC();
    }

    @Override
    public synchronized String token() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(renewAt)) {
            ServiceToken.Response response = client.issue(new ServiceToken.Request(clientId, clientSecret));
            token = response.accessToken();
            renewAt = now.plusSeconds(response.expiresIn() / 2);
        }
        return token;
    }

    @Override
    public synchronized void invalidate() {
        token = null;
    }
}
