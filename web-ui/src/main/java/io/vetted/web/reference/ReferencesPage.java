package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** A provider's references on their own page (no script: the filters submit here); {@code list.jte} alone for htmx. */
@Introspected
public record ReferencesPage(PageContext ctx, String providerName, ReferenceList list) {}
