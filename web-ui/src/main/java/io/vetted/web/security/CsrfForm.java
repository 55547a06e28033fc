package io.vetted.web.security;

import io.micronaut.core.annotation.Nullable;

/** A posted form; its {@code csrfToken} field must match the visitor's {@code __Host-csrfToken} cookie. */
public interface CsrfForm {

    @Nullable
    String csrfToken();
}
