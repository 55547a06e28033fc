package io.vetted.identity.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.identity.auth.TokenResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Tag(name = "Accounts")
public interface AccountOperations {

    @Post("/api/accounts")
    @Operation(
            summary =
                    "Sign up (SME or PROVIDER); answers 202 and mails a verification link, whether or not the email is taken")
    HttpResponse<AccountRequests.Accepted> register(@Valid @NotNull @Body RegisterAccountRequest request);

    @Post("/api/accounts/verification")
    @Operation(summary = "Confirm the email address with the token of the mailed link (single use, 24 h)")
    HttpResponse<Void> verify(@Valid @NotNull @Body AccountRequests.EmailToken request);

    @Get("/api/accounts/me")
    @Operation(summary = "The signed-in account")
    AccountResponse me();

    @Put("/api/accounts/me/password")
    @Operation(summary = "Change the password; ends every other session and returns fresh tokens")
    TokenResponse changePassword(@Valid @NotNull @Body AccountRequests.PasswordChange request);

    @Post("/api/accounts/password-reset")
    @Operation(summary = "Mail a password-reset link (single use, 1 h); answers 202 whether or not the email is known")
    HttpResponse<AccountRequests.Accepted> requestPasswordReset(
            @Valid @NotNull @Body AccountRequests.PasswordReset request);

    @Post("/api/accounts/password-reset/confirmation")
    @Operation(summary = "Set a new password with the token of the mailed link; ends every session")
    HttpResponse<Void> resetPassword(@Valid @NotNull @Body AccountRequests.NewPassword request);
}
