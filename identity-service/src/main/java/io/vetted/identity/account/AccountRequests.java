package io.vetted.identity.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small request bodies of the account API. */
public final class AccountRequests {

    private AccountRequests() {}

    @Serdeable
    public record EmailToken(@NotBlank @Size(max = 200) String token) {}

    @Serdeable
    public record PasswordReset(
            @NotBlank @Email @Size(max = 254) String email) {}

    @Serdeable
    public record NewPassword(
            @NotBlank @Size(max = 200) String token,

            @NotNull @Size(min = 12, max = 128, message = "must be between 12 and 128 characters")
            String newPassword) {}

    @Serdeable
    public record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword,

            @NotNull @Size(min = 12, max = 128, message = "must be between 12 and 128 characters")
            String newPassword) {}

    @Serdeable
    public record RoleChange(@NotNull Role role) {}

    /** Answer to requests that must not tell whether an account exists. */
    @Serdeable
    public record Accepted(String message) {}
}
