package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** What a section form's template receives: {@code @param PageContext ctx} and {@code @param EditPage page}. */
@Introspected
public record EditModel(PageContext ctx, EditPage page) {}
