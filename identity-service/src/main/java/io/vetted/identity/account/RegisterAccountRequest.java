package io.vetted.identity.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record RegisterAccountRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 12, max = 128, message = "must be between 12 and 128 characters") String password,
        @NotNull Role role,
        @NotBlank @Size(max = 120) String displayName) {
}
