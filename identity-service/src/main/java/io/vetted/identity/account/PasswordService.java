package io.vetted.identity.account;

import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.auth.PasswordHasher;
import io.vetted.identity.auth.Sessions;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.identity.mail.Mails;
import io.vetted.identity.throttle.Throttle;
import io.vetted.support.net.ForwardedAddress;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Password changes and resets. Every change ends the account's sessions and is mailed to it; a
 * reset request answers the same, as fast, whether the address has an account or not.
 */
@Singleton
public class PasswordService {

    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final AccountRepository repository;
    private final EmailLinks links;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Mails mails;
    private final Throttle throttle;
    private final ForwardedAddress clientAddress;
    private final SecurityLog log;
    private final Sessions sessions;
    private final ResetLinks resetLinks;

    PasswordService(
            AccountRepository repository,
            EmailLinks links,
            PasswordHasher hasher,
            PasswordPolicy policy,
            Mails mails,
            Throttle throttle,
            ForwardedAddress clientAddress,
            SecurityLog log,
            Sessions sessions,
            ResetLinks resetLinks) {
        this.resetLinks = resetLinks;
        this.repository = repository;
        this.links = links;
        this.hasher = hasher;
        this.policy = policy;
        this.mails = mails;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.log = log;
        this.sessions = sessions;
    }

    @Transactional
    public void requestReset(String email) {
        String normalised = AccountService.normalise(email);
        throttle.count("reset-address", clientAddress.current());
        throttle.count("reset-account", normalised);
        resetLinks.later(normalised); // the rest happens after the answer, known address or not
    }

    @Transactional
    public void reset(String token, String newPassword) {
        OneTimeToken link = links.consume(token, OneTimeToken.Purpose.RESET_PASSWORD);
        Account account = get(link.accountId());
        policy.check("newPassword", newPassword, account.email());
        Account updated = account.withPasswordHash(hasher.hash(newPassword));
        repository.update(updated.verified() ? updated : updated.verifiedAt(Instant.now()));
        sessions.closeAll(account.id());
        log.record(SecurityEventType.PASSWORD_RESET, account.id());
        mails.passwordChanged(account.email(), account.language());
    }

    /** Changes the password, ends every session and opens a fresh one for the caller. */
    @Transactional
    public TokenResponse change(UUID accountId, String currentPassword, String newPassword, boolean secondFactor) {
        Account account = confirm(accountId, "currentPassword", currentPassword);
        policy.check("newPassword", newPassword, account.email());
        Account updated = repository.update(account.withPasswordHash(hasher.hash(newPassword)));
        sessions.closeAll(accountId);
        log.record(SecurityEventType.PASSWORD_CHANGED, accountId);
        mails.passwordChanged(account.email(), account.language());
        return sessions.open(updated, secondFactor);
    }

    /**
     * Checks the password before a sensitive change (deletion). Failures count per account id on a
     * counter of their own: sign-in failures (anyone can make them) must not lock the owner out of it.
     */
    @Transactional
    public Account confirm(UUID accountId, String field, String password) {
        Account account = get(accountId);
        throttle.check("reauth-account", accountId.toString());
        if (!hasher.matches(password, account.passwordHash())) {
            throttle.count("reauth-account", accountId.toString());
            throw ApiProblems.unprocessable(field, "is not your current password");
        }
        return account;
    }

    private Account get(UUID id) {
        return repository.findById(id).orElseThrow(() -> ApiProblems.notFound("No such account"));
    }
}
