package io.vetted.identity.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param code a 6-digit TOTP code or one of the account's recovery codes */
@Serdeable
public record MfaLoginRequest(
        @NotBlank @Size(max = 2000) String mfaToken,
        @NotBlank @Size(max = 40) String code) {}
