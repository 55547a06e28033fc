package io.vetted.web.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/** A moderator's decision on one entry of the identity queue: the {@code choice} and the reason the provider reads. */
@Serdeable
public record IdentityDecisionForm(
        @Nullable String csrfToken,
        @Nullable String choice,
        @Nullable String reason) implements CsrfForm {

    String choiceOrEmpty() {
        return choice == null ? "" : choice;
    }

    String reasonOrEmpty() {
        return reason == null ? "" : reason.strip();
    }
}
