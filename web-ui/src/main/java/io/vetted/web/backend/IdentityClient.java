package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** identity-service, as the site uses it. */
@Client(id = "identity")
public interface IdentityClient {

    @Post("/api/accounts")
    Account register(@Body Registration registration);

    @Post("/api/auth/login")
    Token login(@Body Credentials credentials);

    @Serdeable
    record Registration(String email, String password, String role, String displayName) {
    }

    @Serdeable
    record Credentials(String email, String password) {
    }

    @Serdeable
    record Account(UUID id, String email, String role, String displayName) {
    }

    @Serdeable
    record Token(String accessToken, long expiresIn, UUID accountId, String role, @Nullable String displayName) {
    }
}
