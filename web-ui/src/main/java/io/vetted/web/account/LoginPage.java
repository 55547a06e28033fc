package io.vetted.web.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.PageContext;

/**
 * @param error message key of why the last attempt failed, if it did
 * @param notice key of a message to show
 */
@Introspected
public record LoginPage(
        PageContext ctx,
        String email,
        String returnTo,
        @Nullable String error,
        @Nullable String notice) {}
