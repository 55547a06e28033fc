package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/** The account pages' small forms; every one carries the CSRF token. */
public final class AccountForms {

    private AccountForms() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Serdeable
    public record MfaLoginForm(
            @Nullable String csrfToken,
            @Nullable String mfaToken,
            @Nullable String code,
            @Nullable String returnTo) implements CsrfForm {}

    @Serdeable
    public record TokenForm(
            @Nullable String csrfToken, @Nullable String token) implements CsrfForm {}

    @Serdeable
    public record ForgotForm(
            @Nullable String csrfToken, @Nullable String email) implements CsrfForm {}

    @Serdeable
    public record ResetForm(
            @Nullable String csrfToken,
            @Nullable String token,
            @Nullable String newPassword) implements CsrfForm {}

    @Serdeable
    public record PasswordForm(
            @Nullable String csrfToken,
            @Nullable String currentPassword,
            @Nullable String newPassword) implements CsrfForm {}

    @Serdeable
    public record DeleteForm(
            @Nullable String csrfToken, @Nullable String deletePassword) implements CsrfForm {}
}
