package io.vetted.web.account;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.Map;

@Introspected
public record RegisterPage(PageContext ctx, RegisterForm form, Map<String, String> errors) {}
