package io.vetted.identity.auth;

import io.micronaut.http.HttpStatus;
import io.vetted.identity.account.Account;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.account.SignInLinks;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.mfa.MfaService;
import io.vetted.identity.throttle.LoginGuard;
import io.vetted.identity.throttle.Throttle;
import io.vetted.identity.throttle.TooManyAttemptsException;
import io.vetted.support.net.ForwardedAddress;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Password or mailed-link sign-in, then the TOTP step for accounts that have it. Failures count
 * as {@link LoginGuard} says (an attacker locks their own address out, not the owner); a wrong
 * password and an unknown email get the same answer in the same time.
 */
@Singleton
class SignIn {

    private final AccountService accounts;
    private final MfaService mfa;
    private final Sessions sessions;
    private final TokenIssuer issuer;
    private final MfaChallenges challenges;
    private final LoginGuard guard;
    private final SignInLinks links;
    private final Throttle throttle;
    private final ForwardedAddress clientAddress;
    private final SecurityLog log;

    SignIn(
            AccountService accounts,
            MfaService mfa,
            Sessions sessions,
            TokenIssuer issuer,
            MfaChallenges challenges,
            LoginGuard guard,
            SignInLinks links,
            Throttle throttle,
            ForwardedAddress clientAddress,
            SecurityLog log) {
        this.accounts = accounts;
        this.mfa = mfa;
        this.sessions = sessions;
        this.issuer = issuer;
        this.challenges = challenges;
        this.guard = guard;
        this.links = links;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.log = log;
    }

    TokenResponse withPassword(LoginRequest request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        try {
            guard.check(email);
        } catch (TooManyAttemptsException e) {
            log.record(SecurityEventType.LOGIN_THROTTLED, null, null, "sign-in refused by throttling");
            throw e;
        }
        Optional<Account> found = accounts.authenticate(email, request.password());
        if (found.isEmpty()) {
            log.record(SecurityEventType.LOGIN_FAILED, null, null, "wrong email or password");
            guard.failed(email).ifPresent(lock -> recordLock(email, lock));
            throw invalidCredentials();
        }
        Account account = found.get();
        if (account.disabled()) {
            log.record(SecurityEventType.LOGIN_REFUSED_DISABLED, account.id());
            throw ApiProblems.forbidden("This account is disabled");
        }
        if (!account.verified()) {
            log.record(SecurityEventType.LOGIN_REFUSED_UNVERIFIED, account.id());
            throw ApiProblems.forbidden("Confirm your email address first: open the link we sent you");
        }
        guard.passwordAccepted(email);
        return open(account, "password");
    }

    /** Follows a mailed sign-in link: it proves the mailbox, so no lockout applies; the second factor still does. */
    TokenResponse withLink(SignInLinkRequests.Confirmation request) {
        Account account = links.consume(request.token());
        if (account.disabled()) {
            log.record(SecurityEventType.LOGIN_REFUSED_DISABLED, account.id());
            throw ApiProblems.forbidden("This account is disabled");
        }
        return open(account, "mailed sign-in link");
    }

    private TokenResponse open(Account account, String method) {
        if (mfa.enabled(account.id())) {
            return TokenResponse.challenge(account.id(), issuer.mfaChallenge(account.id()));
        }
        log.record(SecurityEventType.LOGIN_SUCCEEDED, account.id(), account.id(), method);
        guard.signedIn(account.email());
        return sessions.open(account, false);
    }

    private void recordLock(String email, Duration lock) {
        log.record(
                SecurityEventType.LOGIN_LOCKED,
                accounts.idOf(email).orElse(null),
                null,
                "password sign-in from this address locked for " + lock.toSeconds() + " s");
    }

    TokenResponse withSecondFactor(MfaLoginRequest request) {
        UUID accountId = challenges.accountOf(request.mfaToken()).orElseThrow(SignIn::invalidCredentials);
        String address = clientAddress.current();
        throttle.check("mfa-address", address);
        if (!mfa.verify(accountId, request.code())) {
            throttle.count("mfa-address", address);
            log.record(SecurityEventType.MFA_CHALLENGE_FAILED, accountId);
            throw ApiProblems.status(HttpStatus.UNAUTHORIZED, "Invalid code");
        }
        Account account = accounts.get(accountId);
        if (account.disabled()) {
            throw ApiProblems.forbidden("This account is disabled");
        }
        log.record(SecurityEventType.LOGIN_SUCCEEDED, accountId, accountId, "second factor");
        guard.signedIn(account.email());
        return sessions.open(account, true);
    }

    private static RuntimeException invalidCredentials() {
        return ApiProblems.status(HttpStatus.UNAUTHORIZED, "Invalid email or password");
    }
}
