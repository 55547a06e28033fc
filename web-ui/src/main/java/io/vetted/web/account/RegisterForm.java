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
        @Nullable String password)
        implements CsrfForm {

    static final RegisterForm EMPTY = new RegisterForm(null, "SME", "", "", "");

    public String text(String value) {
        return value == null ? "" : value;
    }

    /** What the page shows back after a failed attempt: everything but the password. */
    RegisterForm withoutPassword() {
        return new RegisterForm(null, role, displayName, email, "");
    }
}
