package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.security.CsrfForm;

/** A request for a moderator to check the company: {@code evidence} KBIS (with a file) or DOMAIN_MAIL. */
public record CompanyCheckForm(
        @Nullable String csrfToken,
        @Nullable String evidence,
        @Nullable String contactEmail,
        @Nullable String note) implements CsrfForm {

    static final CompanyCheckForm EMPTY = new CompanyCheckForm(null, "KBIS", null, null);

    public boolean kbis() {
        return !"DOMAIN_MAIL".equals(evidence);
    }

    public String text(@Nullable String value) {
        return FormValues.orEmpty(value);
    }
}
