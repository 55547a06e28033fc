package io.vetted.identity.mfa;

import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.account.Account;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.account.PasswordService;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.auth.OpaqueTokens;
import io.vetted.identity.auth.Sessions;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.identity.throttle.Throttle;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

/** TOTP enrolment, recovery codes, and checking a second factor. */
@Singleton
public class MfaService {

    private final MfaEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpCodes totp;
    private final SecretCipher cipher;
    private final AccountService accounts;
    private final PasswordService passwords;
    private final Sessions sessions;
    private final Throttle throttle;
    private final SecurityLog log;

    MfaService(
            MfaEnrolmentRepository enrolments,
            RecoveryCodeRepository recoveryCodes,
            TotpCodes totp,
            SecretCipher cipher,
            AccountService accounts,
            PasswordService passwords,
            Sessions sessions,
            Throttle throttle,
            SecurityLog log) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.cipher = cipher;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.log = log;
    }

    @Transactional
    public MfaPayloads.Status status(UUID accountId) {
        var enrolment = enrolments.findById(accountId);
        boolean enabled = enrolment.map(MfaEnrolment::confirmed).orElse(false);
        return new MfaPayloads.Status(
                enabled,
                enrolment.isPresent() && !enabled,
                enabled ? recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId) : 0);
    }

    @Transactional
    public boolean enabled(UUID accountId) {
        return enrolments.findById(accountId).map(MfaEnrolment::confirmed).orElse(false);
    }

    /**
     * A new secret to scan; replaces an unconfirmed one, refuses while MFA is on. The current
     * password comes first (counted like a sign-in): whoever holds only a stolen session must not
     * bind their own authenticator to the account.
     */
    @Transactional
    public MfaPayloads.Enrolment start(UUID accountId, String password) {
        Account account = passwords.confirm(accountId, "password", password);
        enrolments.findById(accountId).ifPresent(existing -> {
            if (existing.confirmed()) {
                throw ApiProblems.conflict("Two-factor authentication is already on; turn it off first to change it");
            }
            enrolments.delete(existing);
        });
        String secret = totp.newSecret();
        enrolments.save(new MfaEnrolment(accountId, cipher.encrypt(secret), null, 0, null, null, null));
        return new MfaPayloads.Enrolment(
                secret, totp.otpauthUri(secret, account.email()), totp.qrCodeDataUri(secret, account.email()));
    }

    /** The first code proves the app works: MFA goes on, recovery codes are issued and sessions restart with it. */
    @Transactional
    public MfaPayloads.Confirmation confirm(UUID accountId, String code) {
        MfaEnrolment enrolment = enrolments
                .findById(accountId)
                .filter(e -> !e.confirmed())
                .orElseThrow(() -> ApiProblems.conflict("Start the enrolment first"));
        throttle.check("mfa-account", accountId.toString());
        OptionalLong step = totp.matchingStep(cipher.decrypt(enrolment.secret()), code);
        if (step.isEmpty()) {
            throttle.count("mfa-account", accountId.toString());
            throw ApiProblems.unprocessable("code", "is not the current code of your authenticator app");
        }
        // the confirming code is spent like any other: it must not open a sign-in afterwards
        enrolments.update(enrolment.confirm(Instant.now()).usedStep(step.getAsLong()));
        List<String> codes = issueRecoveryCodes(accountId);
        sessions.closeAll(accountId);
        log.record(SecurityEventType.MFA_ENABLED, accountId);
        return new MfaPayloads.Confirmation(codes, sessions.open(accounts.get(accountId), true));
    }

    @Transactional
    public MfaPayloads.RecoveryCodes renewRecoveryCodes(UUID accountId, String code) {
        requireCode(accountId, code);
        List<String> codes = issueRecoveryCodes(accountId);
        log.record(SecurityEventType.RECOVERY_CODES_RENEWED, accountId);
        return new MfaPayloads.RecoveryCodes(codes);
    }

    @Transactional
    public TokenResponse disable(UUID accountId, String code) {
        requireCode(accountId, code);
        enrolments.deleteById(accountId);
        recoveryCodes.deleteByAccountId(accountId);
        sessions.closeAll(accountId);
        log.record(SecurityEventType.MFA_DISABLED, accountId);
        return sessions.open(accounts.get(accountId), false);
    }

    /**
     * Whether {@code code} is a valid second factor for the account now: a TOTP code of a step not
     * used before, or an unused recovery code (then spent). Failures count against the account.
     */
    @Transactional(noRollbackFor = RuntimeException.class)
    public boolean verify(UUID accountId, String code) {
        throttle.check("mfa-account", accountId.toString());
        MfaEnrolment enrolment =
                enrolments.findById(accountId).filter(MfaEnrolment::confirmed).orElse(null);
        if (enrolment == null) {
            return false;
        }
        OptionalLong step = totp.matchingStep(cipher.decrypt(enrolment.secret()), code);
        if (step.isPresent() && step.getAsLong() > enrolment.lastUsedStep()) {
            enrolments.update(enrolment.usedStep(step.getAsLong()));
            throttle.reset("mfa-account", accountId.toString());
            return true;
        }
        if (step.isEmpty() && recoveryCodes.spend(accountId, OpaqueTokens.hash(normalise(code))) == 1) {
            log.record(SecurityEventType.RECOVERY_CODE_USED, accountId);
            throttle.reset("mfa-account", accountId.toString());
            return true;
        }
        throttle.count("mfa-account", accountId.toString());
        return false;
    }

    private void requireCode(UUID accountId, String code) {
        if (!verify(accountId, code)) {
            throw ApiProblems.unprocessable("code", "is not a valid code");
        }
    }

    private List<String> issueRecoveryCodes(UUID accountId) {
        recoveryCodes.deleteByAccountId(accountId);
        List<String> codes = totp.newRecoveryCodes();
        recoveryCodes.saveAll(codes.stream()
                .map(code -> new RecoveryCode(null, accountId, OpaqueTokens.hash(normalise(code)), null, null))
                .toList());
        return codes;
    }

    private static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
