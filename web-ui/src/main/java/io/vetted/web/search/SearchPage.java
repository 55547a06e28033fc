package io.vetted.web.search;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** The search page's model; each property becomes a parameter of {@code search/index.jte}. */
@Introspected
public record SearchPage(PageContext ctx, SearchView search) {}
