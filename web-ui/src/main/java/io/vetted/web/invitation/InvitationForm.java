package io.vetted.web.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

@Serdeable
public record InvitationForm(
        @Nullable String csrfToken, @Nullable String email) implements CsrfForm {}
