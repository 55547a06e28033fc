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

    /** @param required whether the visitor was sent here because their work needs MFA */
    @Introspected
    public record StatusPage(
            PageContext ctx, IdentityClient.MfaStatus status, boolean required, Map<String, String> errors) {}

    @Introspected
    public record EnrolPage(PageContext ctx, IdentityClient.MfaEnrolment enrolment, Map<String, String> errors) {}

    @Introspected
    public record RecoveryCodesPage(PageContext ctx, List<String> codes) {}

    @Serdeable
    public record CodeForm(
            @Nullable String csrfToken, @Nullable String code) implements CsrfForm {}

    @Serdeable
    public record StartForm(@Nullable String csrfToken) implements CsrfForm {}
}
