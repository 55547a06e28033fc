package io.vetted.identity.auth;

import io.micronaut.http.HttpStatus;
import io.vetted.identity.account.Account;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.mfa.MfaService;
import io.vetted.identity.throttle.ClientAddress;
import io.vetted.identity.throttle.Throttle;
import io.vetted.identity.throttle.TooManyAttemptsException;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Password sign-in, then the TOTP step for accounts that have it. Failures count per account and
 * per client address; a wrong password and an unknown email get the same answer in the same time.
 */
@Singleton
class SignIn {

    private final AccountService accounts;
    private final MfaService mfa;
    private final Sessions sessions;
    private final TokenIssuer issuer;
    private final MfaChallenges challenges;
    private final Throttle throttle;
    private final ClientAddress clientAddress;
    private final SecurityLog log;

    SignIn(
            AccountService accounts,
            MfaService mfa,
            Sessions sessions,
            TokenIssuer issuer,
            MfaChallenges challenges,
            Throttle throttle,
            ClientAddress clientAddress,
            SecurityLog log) {
        this.accounts = accounts;
        this.mfa = mfa;
        this.sessions = sessions;
        this.issuer = issuer;
        this.challenges = challenges;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.log = log;
    }

    TokenResponse withPassword(LoginRequest request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        String address = clientAddress.current();
        try {
            throttle.check("login-account", email);
            throttle.check("login-address", address);
        } catch (TooManyAttemptsException e) {
            log.record(SecurityEventType.LOGIN_THROTTLED, null, null, "sign-in refused by throttling");
            throw e;
        }
        Optional<Account> found = accounts.authenticate(email, request.password());
        if (found.isEmpty()) {
            throttle.count("login-address", address);
            throttle.count("login-account", email);
            log.record(SecurityEventType.LOGIN_FAILED, null, null, "wrong email or password");
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
        throttle.reset("login-account", email);
        if (mfa.enabled(account.id())) {
            return TokenResponse.challenge(account.id(), issuer.mfaChallenge(account.id()));
        }
        log.record(SecurityEventType.LOGIN_SUCCEEDED, account.id(), account.id(), "password");
        return sessions.open(account, false);
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
        log.record(SecurityEventType.LOGIN_SUCCEEDED, accountId, accountId, "password and second factor");
        return sessions.open(account, true);
    }

    private static RuntimeException invalidCredentials() {
        return ApiProblems.status(HttpStatus.UNAUTHORIZED, "Invalid email or password");
    }
}
