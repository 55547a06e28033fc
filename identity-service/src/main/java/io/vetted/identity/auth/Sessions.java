package io.vetted.identity.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.account.Account;
import io.vetted.identity.account.AccountRepository;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Sign-in sessions as chains of refresh tokens. Each refresh spends the presented token and
 * issues the next one; presenting a spent token again means it was copied, so the whole chain
 * (the "family") is revoked and both holders must sign in again.
 */
@Singleton
public class Sessions {

    // Two requests refreshing at the same instant are not an attack: within this window, and while
    // its successor is still unused, a spent token is refused without revoking its family.
    private static final Duration CONCURRENT_REFRESH = Duration.ofSeconds(30);

    private final RefreshTokenRepository tokens;
    private final AccountRepository accounts;
    private final TokenIssuer issuer;
    private final JwtSettings settings;
    private final SecurityLog log;

    Sessions(
            RefreshTokenRepository tokens,
            AccountRepository accounts,
            TokenIssuer issuer,
            JwtSettings settings,
            SecurityLog log) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.issuer = issuer;
        this.settings = settings;
        this.log = log;
    }

    /** Starts a new session: an access token and the first refresh token of a new family. */
    @Transactional
    public TokenResponse open(Account account, boolean secondFactor) {
        Instant now = Instant.now();
        return issue(account, secondFactor, UUID.randomUUID(), now.plus(settings.sessionLifetime()));
    }

    @Transactional(noRollbackFor = RuntimeException.class)
    public TokenResponse refresh(String refreshToken) {
        RefreshToken token =
                tokens.findByTokenHash(OpaqueTokens.hash(refreshToken)).orElseThrow(Sessions::refused);
        Instant now = Instant.now();
        if (token.revokedAt() != null
                || token.expiresAt().isBefore(now)
                || token.familyExpiresAt().isBefore(now)) {
            throw refused();
        }
        if (tokens.markUsed(token.id()) == 0) {
            if (token.usedAt() != null
                    && token.usedAt().plus(CONCURRENT_REFRESH).isAfter(now)
                    && tokens.countByFamilyIdAndUsedAtIsNotNull(token.familyId()) == 1) {
                throw ApiProblems.status(HttpStatus.CONFLICT, "This session was just refreshed by another request");
            }
            tokens.revokeFamily(token.familyId());
            log.record(
                    SecurityEventType.REFRESH_TOKEN_REUSED,
                    token.accountId(),
                    null,
                    "a spent refresh token was presented again; the session was ended");
            throw refused();
        }
        Account account =
                accounts.findById(token.accountId()).filter(a -> !a.disabled()).orElseThrow(Sessions::refused);
        return issue(account, token.secondFactor(), token.familyId(), token.familyExpiresAt());
    }

    @Transactional
    public void close(String refreshToken) {
        tokens.findByTokenHash(OpaqueTokens.hash(refreshToken)).ifPresent(token -> {
            tokens.revokeFamily(token.familyId());
            log.record(SecurityEventType.LOGGED_OUT, token.accountId());
        });
    }

    /** Ends every session of the account (password change, reset, disabling, MFA changes). */
    @Transactional
    public void closeAll(UUID accountId) {
        tokens.revokeAccount(accountId);
    }

    private TokenResponse issue(Account account, boolean secondFactor, UUID family, Instant familyExpiresAt) {
        Instant expiresAt = Instant.now().plus(settings.refreshTokenLifetime());
        if (expiresAt.isAfter(familyExpiresAt)) {
            expiresAt = familyExpiresAt;
        }
        String refresh = OpaqueTokens.generate();
        tokens.save(new RefreshToken(
                null,
                OpaqueTokens.hash(refresh),
                family,
                account.id(),
                secondFactor,
                expiresAt,
                familyExpiresAt,
                null,
                null,
                null));
        return new TokenResponse(
                issuer.accessToken(account, secondFactor),
                "Bearer",
                issuer.accessTokenSeconds(),
                refresh,
                Duration.between(Instant.now(), expiresAt).toSeconds(),
                account.id(),
                account.role(),
                account.displayName(),
                secondFactor,
                false,
                null);
    }

    private static RuntimeException refused() {
        return ApiProblems.status(HttpStatus.UNAUTHORIZED, "Sign in again");
    }
}
