package io.vetted.web.compare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/** Adding a provider to, or removing it from, the comparison; {@code returnTo} is where to go back. */
@Serdeable
public record CompareForm(
        @Nullable String csrfToken,
        @Nullable String providerId,
        @Nullable String returnTo) implements CsrfForm {}
