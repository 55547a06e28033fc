package io.vetted.web.mfa;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.SafeRedirect;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a provider was going when two-step verification was asked for, kept through the setup
 * pages: a path on this site only ({@link SafeRedirect}), never another site.
 */
final class ReturnAddress {

    static final String SETUP = "/account/mfa?required=true";
    static final String AFTER_SETUP = "/account";

    private ReturnAddress() {}

    /** The local path, or null when there is none or it points elsewhere. */
    @Nullable
    static String of(@Nullable String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        String safe = SafeRedirect.to(target).toString();
        return "/".equals(safe) && !"/".equals(target) ? null : safe;
    }

    /** The setup page, coming back to {@code target} afterwards. */
    static String setup(@Nullable String target) {
        String local = of(target);
        return local == null ? SETUP : SETUP + "&returnTo=" + URLEncoder.encode(local, StandardCharsets.UTF_8);
    }

    static String afterSetup(@Nullable String target) {
        String local = of(target);
        return local == null ? AFTER_SETUP : local;
    }
}
