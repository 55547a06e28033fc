package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

@Serdeable
public record LoginForm(
        @Nullable String csrfToken,
        @Nullable String email,
        @Nullable String password,
        @Nullable String returnTo) implements CsrfForm {}
