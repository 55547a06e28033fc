package io.vetted.web.page;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record ErrorPage(PageContext ctx, int status, String messageKey) {}
