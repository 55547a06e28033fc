package io.vetted.identity.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.identity.account.Role;
import java.util.UUID;

/**
 * What a sign-in answers: the tokens, or — when the account has MFA — {@code mfaRequired} and the
 * {@code mfaToken} to send back with a code to {@code /api/auth/mfa}.
 */
@Serdeable
public record TokenResponse(
        @Nullable String accessToken,
        @Nullable String tokenType,
        @Nullable Long expiresIn,
        @Nullable String refreshToken,
        @Nullable Long refreshExpiresIn,
        UUID accountId,
        @Nullable Role role,
        @Nullable String displayName,
        boolean mfa,
        boolean mfaRequired,
        @Nullable String mfaToken) {

    static TokenResponse challenge(UUID accountId, String mfaToken) {
        return new TokenResponse(null, null, null, null, null, accountId, null, null, false, true, mfaToken);
    }
}
