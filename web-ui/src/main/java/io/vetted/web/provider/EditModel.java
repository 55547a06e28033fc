package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** What a section form's template receives, as its parameters {@code PageContext ctx} and {@code EditPage page}. */
@Introspected
public record EditModel(PageContext ctx, EditPage page) {}
