package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;
import java.util.Map;

/** A claim on a SIREN another profile holds: which, and why it is this company's (the evidence, in words). */
@Serdeable
public record ContestForm(
        @Nullable String csrfToken,
        @Nullable String siren,
        @Nullable String statement) implements CsrfForm {

    static ContestForm of(@Nullable String siren) {
        return new ContestForm(null, siren, null);
    }

    Map<String, Object> body() {
        return Map.of("siren", FormValues.orEmpty(siren).strip(), "statement", text(statement));
    }

    public String text(@Nullable String value) {
        return FormValues.orEmpty(value);
    }
}
