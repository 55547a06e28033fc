package io.vetted.web.account;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

@Introspected
public record LoginPage(PageContext ctx, String email, String returnTo, boolean failed) {
}
