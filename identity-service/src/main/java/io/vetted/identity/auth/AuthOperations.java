package io.vetted.identity.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.support.auth.ServiceToken;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Tag(name = "Authentication")
public interface AuthOperations {

    @Post("/api/auth/login")
    @Operation(summary = "Exchange an email and password for an access token (RS256 JWT)")
    TokenResponse login(@Valid @NotNull @Body LoginRequest request);

    @Post("/api/auth/service-token")
    @Operation(summary = "Client-credentials token for another Vetted service")
    ServiceToken.Response serviceToken(@Valid @NotNull @Body ServiceToken.Request request);
}
