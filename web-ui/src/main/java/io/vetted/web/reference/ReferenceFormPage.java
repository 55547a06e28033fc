package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The write or edit page. {@code action} is where the form posts; {@code editing} tells the
 * template whether the author is editing (and may withdraw) or writing; {@code services} are the
 * ones a client may tick, vendor-service's specialties; {@code dailyLimit} is how many references
 * one account may publish in 24 hours, said before the client writes.
 */
@Introspected
public record ReferenceFormPage(
        PageContext ctx,
        UUID providerId,
        String providerName,
        String action,
        boolean editing,
        ReferenceForm form,
        Map<String, String> errors,
        @Nullable String invitedAs,
        List<String> services,
        int dailyLimit) {}
