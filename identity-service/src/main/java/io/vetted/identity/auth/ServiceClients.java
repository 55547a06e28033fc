package io.vetted.identity.auth;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.vetted.support.auth.ServiceToken;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The other Vetted services allowed to obtain {@code SERVICE} tokens, with their secrets and the
 * scopes their tokens carry (only those of the calls each one makes).
 */
@Singleton
class ServiceClients {

    private final Map<String, byte[]> secrets;
    private final Map<String, List<String>> scopes;

    ServiceClients(List<Client> clients, LocalSecrets localSecrets) {
        this.scopes = clients.stream()
                .collect(Collectors.toUnmodifiableMap(
                        Client::name, client -> client.scopes() == null ? List.of() : List.copyOf(client.scopes())));
        this.secrets = clients.stream()
                .collect(Collectors.toUnmodifiableMap(
                        Client::name,
                        client -> localSecrets
                                .configuredOrLocal(
                                        client.secret(),
                                        ServiceToken.localSecretName(client.name()),
                                        () -> LocalSecrets.randomToken(32))
                                .getBytes(StandardCharsets.UTF_8)));
    }

    boolean authenticates(String clientId, String secret) {
        byte[] expected = secrets.get(clientId);
        byte[] given = secret.getBytes(StandardCharsets.UTF_8);
        return expected != null && MessageDigest.isEqual(expected, given);
    }

    List<String> scopes(String clientId) {
        return scopes.getOrDefault(clientId, List.of());
    }

    @EachProperty("vetted.service-clients")
    record Client(
            @Parameter String name,
            @Nullable String secret,
            @Nullable List<String> scopes) {}
}
