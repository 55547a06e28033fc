package io.vetted.web.compare;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/**
 * The comparison page's model; each property becomes a parameter of {@code compare/show.jte}.
 *
 * @param full the visitor tried to add a provider to a comparison that already holds the most
 */
@Introspected
public record ComparePage(PageContext ctx, CompareView view, boolean full) {}
