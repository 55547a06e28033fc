package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/**
 * A small action form on a reference: {@code text} is the reply, dispute details or hiding reason;
 * {@code choice} a reason or outcome; {@code returnTo} the page to go back to.
 */
@Serdeable
public record ActionForm(
        @Nullable String csrfToken,
        @Nullable String text,
        @Nullable String choice,
        @Nullable String returnTo) implements CsrfForm {

    public String textOrEmpty() {
        return text == null ? "" : text.strip();
    }

    public String choiceOrEmpty() {
        return choice == null ? "" : choice;
    }
}
