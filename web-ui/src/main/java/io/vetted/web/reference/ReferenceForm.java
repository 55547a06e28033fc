package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;

/** The reference form as posted; fields stay text so a bad value is shown back, not lost. */
@Serdeable
public record ReferenceForm(@Nullable String csrfToken, @Nullable String rating, @Nullable String comment) implements CsrfForm {

    public static final ReferenceForm EMPTY = new ReferenceForm(null, "", "");

    public String ratingOrEmpty() {
        return rating == null ? "" : rating;
    }

    public String commentOrEmpty() {
        return comment == null ? "" : comment;
    }

    @Nullable
    Integer ratingValue() {
        try {
            return rating == null || rating.isBlank() ? null : Integer.valueOf(rating.strip());
        } catch (NumberFormatException e) {
            return -1; // review-service names the field and the reason
        }
    }
}
