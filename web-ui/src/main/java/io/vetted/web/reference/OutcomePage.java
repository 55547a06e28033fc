package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** Why an action on a reference was refused, with the way back. */
@Introspected
public record OutcomePage(PageContext ctx, String message, String returnTo) {}
