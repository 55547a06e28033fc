package io.vetted.support.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The wire format of identity-service's client-credentials endpoint, shared by both ends. */
public final class ServiceToken {

    private ServiceToken() {}

    @Serdeable
    public record Request(
            @NotBlank @Size(max = 100) String clientId,
            @NotBlank @Size(max = 200) String clientSecret) {}

    @Serdeable
    public record Response(String accessToken, String tokenType, long expiresIn) {}

    /** The secret file name both identity-service and a client read for local runs. */
    public static String localSecretName(String clientId) {
        return "service-client-" + clientId;
    }
}
