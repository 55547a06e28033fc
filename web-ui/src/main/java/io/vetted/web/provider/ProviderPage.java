package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** The provider page's model; each property becomes a parameter of {@code provider/show.jte}. */
@Introspected
public record ProviderPage(PageContext ctx, ProviderView view) {}
