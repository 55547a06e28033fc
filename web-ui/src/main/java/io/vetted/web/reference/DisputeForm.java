package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/**
 * A provider's dispute of a reference: {@code text} says why the engagement never happened;
 * {@code newEvidence}, only when reopening a rejected dispute, what the moderator has not seen.
 */
@Serdeable
public record DisputeForm(
        @Nullable String csrfToken,
        @Nullable String text,
        @Nullable String newEvidence,
        @Nullable String returnTo) implements CsrfForm {

    public String textOrEmpty() {
        return text == null ? "" : text.strip();
    }

    public String newEvidenceOrEmpty() {
        return newEvidence == null ? "" : newEvidence.strip();
    }

    ActionForm action() {
        return new ActionForm(csrfToken, text, null, returnTo);
    }
}
