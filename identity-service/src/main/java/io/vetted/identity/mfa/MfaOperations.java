package io.vetted.identity.mfa;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.identity.auth.TokenResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Tag(name = "Two-factor authentication")
public interface MfaOperations {

    @Get("/api/accounts/me/mfa")
    @Operation(summary = "Whether TOTP is on, and how many recovery codes are left")
    MfaPayloads.Status status();

    @Post("/api/accounts/me/mfa/enrolment")
    @Operation(summary = "Start TOTP enrolment (needs the current password): a new secret, its otpauth URI and QR code")
    HttpResponse<MfaPayloads.Enrolment> enrol(@Valid @NotNull @Body MfaPayloads.Start request);

    @Post("/api/accounts/me/mfa/confirmation")
    @Operation(summary = "Confirm enrolment with a first code; returns recovery codes and a session with MFA")
    MfaPayloads.Confirmation confirm(@Valid @NotNull @Body MfaPayloads.Code request);

    @Post("/api/accounts/me/mfa/recovery-codes")
    @Operation(summary = "Replace the recovery codes (needs a current code)")
    MfaPayloads.RecoveryCodes renewRecoveryCodes(@Valid @NotNull @Body MfaPayloads.Code request);

    @Post("/api/accounts/me/mfa/deactivation")
    @Operation(summary = "Turn TOTP off (needs a current or recovery code); ends other sessions")
    TokenResponse disable(@Valid @NotNull @Body MfaPayloads.Code request);
}
