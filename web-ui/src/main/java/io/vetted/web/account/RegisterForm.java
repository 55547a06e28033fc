package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record RegisterForm(@Nullable String role, @Nullable String displayName, @Nullable String email,
                           @Nullable String password) {

    static final RegisterForm EMPTY = new RegisterForm("SME", "", "", "");

    public String text(String value) {
        return value == null ? "" : value;
    }

    /** What the page shows back after a failed attempt: everything but the password. */
    RegisterForm withoutPassword() {
        return new RegisterForm(role, displayName, email, "");
    }
}
