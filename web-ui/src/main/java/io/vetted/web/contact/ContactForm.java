package io.vetted.web.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/** A contact request as posted: {@code company} and {@code message} by the requester, {@code contactDetails} by the author accepting. */
@Serdeable
public record ContactForm(
        @Nullable String csrfToken,
        @Nullable String company,
        @Nullable String message,
        @Nullable String contactDetails) implements CsrfForm {

    static final ContactForm EMPTY = new ContactForm(null, "", "", "");

    public String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
