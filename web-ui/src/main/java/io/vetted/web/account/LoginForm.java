package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record LoginForm(@Nullable String email, @Nullable String password, @Nullable String returnTo) {
}
