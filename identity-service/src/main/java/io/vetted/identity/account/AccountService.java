package io.vetted.identity.account;

import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.auth.PasswordHasher;
import io.vetted.identity.auth.Sessions;
import io.vetted.identity.mail.Mails;
import io.vetted.identity.throttle.Throttle;
import io.vetted.support.net.ForwardedAddress;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts: sign-up, verification, sign-in checks and moderation. Sign-up answers the same whether
 * the email is known or not, and does the same expensive work either way.
 */
@Singleton
public class AccountService {

    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(24);

    private final AccountRepository repository;
    private final EmailLinks links;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Mails mails;
    private final Throttle throttle;
    private final ForwardedAddress clientAddress;
    private final SecurityLog log;
    private final Sessions sessions;

    AccountService(
            AccountRepository repository,
            EmailLinks links,
            PasswordHasher hasher,
            PasswordPolicy policy,
            Mails mails,
            Throttle throttle,
            ForwardedAddress clientAddress,
            SecurityLog log,
            Sessions sessions) {
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
    public void register(RegisterAccountRequest request) {
        if (!request.role().selfService()) {
            throw ApiProblems.unprocessable("role", "must be SME or PROVIDER");
        }
        String email = normalise(request.email());
        policy.check("password", request.password(), email);
        throttle.count("sign-up-address", clientAddress.current());
        throttle.count("sign-up-account", email);
        String hash = hasher.hash(request.password());
        String language = request.language() == null ? "fr" : request.language();
        var signUp = new OneTimeToken.SignUp(
                hash, request.role(), request.displayName().strip(), language);
        Optional<Account> existing = repository.findByEmail(email);
        if (existing.isPresent()) {
            if (existing.get().verified()) {
                mails.alreadyRegistered(email, existing.get().language());
            } else {
                // Someone may have signed up first with this address to take it over: this sign-up's
                // credentials travel with its own link and replace the account's only if it is followed.
                mails.verifyEmail(email, language, verificationLink(existing.get(), signUp));
            }
            return;
        }
        Account account = repository.save(Account.create(email, hash, signUp.role(), signUp.displayName(), language));
        log.record(SecurityEventType.SIGN_UP, account.id());
        mails.verifyEmail(email, language, verificationLink(account, signUp));
    }

    private String verificationLink(Account account, OneTimeToken.SignUp signUp) {
        return links.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL, VERIFICATION_LIFETIME, signUp);
    }

    @Transactional
    public void verifyEmail(String token) {
        OneTimeToken link = links.consume(token, OneTimeToken.Purpose.VERIFY_EMAIL);
        Account account = get(link.accountId());
        if (!account.verified()) {
            OneTimeToken.SignUp signUp = link.signUp();
            Account chosen = signUp == null ? account : account.withSignUp(signUp);
            repository.update(chosen.verifiedAt(Instant.now()));
        }
        // the other sign-ups' links (perhaps someone else's) die with their credentials
        links.spendAndForgetAll(account.id(), OneTimeToken.Purpose.VERIFY_EMAIL);
        log.record(SecurityEventType.EMAIL_VERIFIED, account.id());
    }

    /** Creates or keeps an appointed account (moderators), used at start-up from configuration. */
    @Transactional
    public Account ensure(String email, String password, Role role, String displayName) {
        String normalised = normalise(email);
        return repository
                .findByEmail(normalised)
                .orElseGet(
                        () -> repository.save(Account.create(normalised, hasher.hash(password), role, displayName, "fr")
                                .verifiedAt(Instant.now())));
    }

    @Transactional
    public Account get(UUID id) {
        return repository.findById(id).orElseThrow(() -> ApiProblems.notFound("No such account"));
    }

    /** The account these credentials open, if any; spends the same time whether the email exists or not. */
    @Transactional
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = repository.findByEmail(normalise(email));
        boolean matches =
                hasher.matches(password, account.map(Account::passwordHash).orElse(null));
        return matches ? account : Optional.empty();
    }

    /** The id of the account with this email, if any (to name the target of a lockout in the audit log). */
    @Transactional
    public Optional<UUID> idOf(String email) {
        return repository.findByEmail(normalise(email)).map(Account::id);
    }

    @Transactional
    public Account changeRole(UUID moderator, UUID accountId, Role role) {
        Account account = othersAccount(moderator, accountId);
        Account updated = repository.update(account.withRole(role));
        sessions.closeAll(accountId);
        log.record(SecurityEventType.ROLE_CHANGED, accountId, moderator, account.role() + " -> " + role);
        return updated;
    }

    @Transactional
    public Account setDisabled(UUID moderator, UUID accountId, boolean disabled) {
        Account account = othersAccount(moderator, accountId);
        Account updated = repository.update(account.disabledAt(disabled ? Instant.now() : null));
        if (disabled) {
            sessions.closeAll(accountId);
        }
        log.record(
                disabled ? SecurityEventType.ACCOUNT_DISABLED : SecurityEventType.ACCOUNT_ENABLED,
                accountId,
                moderator,
                "");
        return updated;
    }

    private Account othersAccount(UUID moderator, UUID accountId) {
        if (moderator.equals(accountId)) {
            throw ApiProblems.unprocessable("id", "moderators cannot change their own account this way");
        }
        return get(accountId);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
