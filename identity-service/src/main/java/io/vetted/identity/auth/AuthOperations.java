package io.vetted.identity.auth;

import io.micronaut.http.HttpResponse;
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
    @Operation(summary = "Exchange an email and password for tokens, or for an MFA challenge when the account has TOTP")
    TokenResponse login(@Valid @NotNull @Body LoginRequest request);

    @Post("/api/auth/mfa")
    @Operation(summary = "Complete a sign-in with the MFA challenge and a TOTP or recovery code")
    TokenResponse completeMfa(@Valid @NotNull @Body MfaLoginRequest request);

    @Post("/api/auth/sign-in-link")
    @Operation(
            summary =
                    "Mail a sign-in link (single use, 15 min) to a verified account; answers 202 whether or not the email is known")
    HttpResponse<SignInLinkRequests.Accepted> requestSignInLink(
            @Valid @NotNull @Body SignInLinkRequests.Request request);

    @Post("/api/auth/sign-in-link/confirmation")
    @Operation(summary = "Sign in with the token of a mailed sign-in link: tokens, or an MFA challenge")
    TokenResponse signInWithLink(@Valid @NotNull @Body SignInLinkRequests.Confirmation request);

    @Post("/api/auth/refresh")
    @Operation(summary = "Rotate a refresh token: a new access token and refresh token; reuse ends the session")
    TokenResponse refresh(@Valid @NotNull @Body RefreshRequest request);

    @Post("/api/auth/logout")
    @Operation(summary = "End the session the refresh token belongs to")
    HttpResponse<Void> logout(@Valid @NotNull @Body RefreshRequest request);

    @Post("/api/auth/service-token")
    @Operation(summary = "Client-credentials token for another Vetted service")
    ServiceToken.Response serviceToken(@Valid @NotNull @Body ServiceToken.Request request);
}
