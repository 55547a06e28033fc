package io.vetted.identity.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param language the language of the account's mails, {@code fr} (default) or {@code en} */
@Serdeable
public record RegisterAccountRequest(
        @NotBlank @Email @Size(max = 254) String email,

        @NotNull @Size(min = 12, max = 128, message = "must be between 12 and 128 characters")
        String password,

        @NotNull Role role,
        @NotBlank @Size(max = 120) @DisplayName String displayName,

        @Nullable @Pattern(regexp = "fr|en", message = "must be fr or en")
        String language) {

    public RegisterAccountRequest(String email, String password, Role role, String displayName) {
        this(email, password, role, displayName, null);
    }
}
