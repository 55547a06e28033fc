package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

@Serdeable
public record RegisterForm(
        @Nullable String csrfToken,
        @Nullable String role,
        @Nullable String displayName,
        @Nullable String email,
        @Nullable String password,
        @Nullable String returnTo)
        implements CsrfForm {

    /** A blank form that, once the account is verified, signs in to {@code returnTo} (a local path). */
    static RegisterForm returningTo(@Nullable String returnTo) {
        return new RegisterForm(null, "SME", "", "", "", PendingReturn.local(returnTo));
    }

    public String text(String value) {
        return value == null ? "" : value;
    }

    /** What the page shows back after a failed attempt: everything but the password. */
    RegisterForm withoutPassword() {
        return new RegisterForm(null, role, displayName, email, "", PendingReturn.local(returnTo));
    }
}
