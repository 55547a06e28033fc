package io.vetted.web.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContext;
import java.util.Map;

/** The models of the account pages (their properties are the templates' parameters). */
public final class AccountPages {

    private AccountPages() {}

    @Introspected
    public record MfaLoginPage(PageContext ctx, String mfaToken, String returnTo, boolean failed) {}

    /** A page that only says something: "check your inbox", "email confirmed", "account deleted". */
    @Introspected
    public record MessagePage(PageContext ctx, String titleKey, String messageKey, String linkHref, String linkKey) {}

    @Introspected
    public record VerifyPage(PageContext ctx, String token, boolean failed) {}

    @Introspected
    public record ForgotPage(PageContext ctx, String email, Map<String, String> errors) {}

    @Introspected
    public record ResetPage(PageContext ctx, String token, Map<String, String> errors) {}

    @Introspected
    public record SettingsPage(
            PageContext ctx,
            IdentityClient.Account account,
            IdentityClient.MfaStatus mfa,
            Map<String, String> errors,
            @Nullable String notice) {}
}
