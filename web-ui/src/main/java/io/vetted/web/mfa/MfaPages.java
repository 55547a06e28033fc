package io.vetted.web.mfa;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.IdentityClient;
import io.vetted.web.page.PageContext;
import io.vetted.web.security.CsrfForm;
import java.util.List;
import java.util.Map;

public final class MfaPages {

    private MfaPages() {}

    /**
     * @param required whether the visitor was sent here because their work needs MFA
     * @param returnTo the local page to go back to once MFA is on, or null
     */
    @Introspected
    public record StatusPage(
            PageContext ctx,
            IdentityClient.MfaStatus status,
            boolean required,
            @Nullable String returnTo,
            Map<String, String> errors) {}

    @Introspected
    public record EnrolPage(
            PageContext ctx,
            IdentityClient.MfaEnrolment enrolment,
            @Nullable String returnTo,
            Map<String, String> errors) {}

    /** @param continueTo where the provider was going before setting MFA up (their account page otherwise) */
    @Introspected
    public record RecoveryCodesPage(PageContext ctx, List<String> codes, String continueTo) {}

    @Serdeable
    public record CodeForm(
            @Nullable String csrfToken, @Nullable String code) implements CsrfForm {}

    @Serdeable
    public record StartForm(
            @Nullable String csrfToken,
            @Nullable String password,
            @Nullable String returnTo) implements CsrfForm {}

    /**
     * The first code, with the enrolment the page showed (secret, URI and QR code travel back in
     * hidden fields) so that a wrong code shows the same QR code again instead of a new one to scan.
     */
    @Serdeable
    public record ConfirmForm(
            @Nullable String csrfToken,
            @Nullable String code,
            @Nullable String returnTo,
            @Nullable String secret,
            @Nullable String otpauthUri,
            @Nullable String qrCode)
            implements CsrfForm {}
}
