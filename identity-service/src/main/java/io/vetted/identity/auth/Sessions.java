package io.vetted.identity.auth;

import io.micronaut.core.annotation.Nullable;
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
    // its successor is still unused, a spent token is refused (409) without revoking its family.
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
        return issue(account, secondFactor, UUID.randomUUID(), now.plus(settings.sessionLifetime()), null);
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
            throw spentAgain(token.id(), now);
        }
        Account account =
                accounts.findById(token.accountId()).filter(a -> !a.disabled()).orElseThrow(Sessions::refused);
        return issue(account, token.secondFactor(), token.familyId(), token.familyExpiresAt(), token.id());
    }

    /**
     * Whether the sign-in an access token belongs to ({@code sid}) is still on: not ended by logout,
     * a password or MFA change, a role change or suspension, and its account not disabled.
     */
    @Transactional
    public boolean isActive(UUID accountId, UUID sessionId) {
        return tokens.familyActive(sessionId, accountId)
                && accounts.findById(accountId).filter(a -> !a.disabled()).isPresent();
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

    /**
     * The answer to a token that another request has already rotated. Read again: the rotation that
     * won may have committed after this request first read the token. Within the window, while the
     * successor is still unused, it is a race (two tabs refreshing at once), on every rotation;
     * otherwise a copy of the token is in other hands and the whole family ends.
     */
    private RuntimeException spentAgain(UUID tokenId, Instant now) {
        RefreshToken spent = tokens.findById(tokenId).orElseThrow(Sessions::refused);
        if (spent.revokedAt() != null) {
            return refused(); // ended meanwhile (logout, password change): nothing was reused
        }
        boolean race = spent.usedAt() != null
                && spent.usedAt().plus(CONCURRENT_REFRESH).isAfter(now)
                && spent.replacedBy() != null
                && tokens.findById(spent.replacedBy())
                        .filter(next -> next.usedAt() == null && next.revokedAt() == null)
                        .isPresent();
        if (race) {
            return ApiProblems.status(HttpStatus.CONFLICT, "This session was just refreshed by another request");
        }
        tokens.revokeFamily(spent.familyId());
        log.record(
                SecurityEventType.REFRESH_TOKEN_REUSED,
                spent.accountId(),
                null,
                "a spent refresh token was presented again; the session was ended");
        return refused();
    }

    private TokenResponse issue(
            Account account, boolean secondFactor, UUID family, Instant familyExpiresAt, @Nullable UUID predecessor) {
        Instant expiresAt = Instant.now().plus(settings.refreshTokenLifetime());
        if (expiresAt.isAfter(familyExpiresAt)) {
            expiresAt = familyExpiresAt;
        }
        String refresh = OpaqueTokens.generate();
        RefreshToken saved = tokens.save(new RefreshToken(
                null,
                OpaqueTokens.hash(refresh),
                family,
                account.id(),
                secondFactor,
                expiresAt,
                familyExpiresAt,
                null,
                null,
                null,
                null));
        if (predecessor != null) {
            tokens.markReplaced(predecessor, saved.id());
        }
        return new TokenResponse(
                issuer.accessToken(account, secondFactor, family),
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
