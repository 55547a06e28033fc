package io.vetted.identity.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.auth.OpaqueTokens;
import io.vetted.identity.throttle.Throttle;
import io.vetted.support.net.ForwardedAddress;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The single-use links of account mails. An unknown, expired or already used link gets one and
 * the same refusal, counts against the client address and is logged.
 */
@Singleton
class EmailLinks {

    private final OneTimeTokenRepository links;
    private final Throttle throttle;
    private final ForwardedAddress clientAddress;
    private final SecurityLog log;

    EmailLinks(OneTimeTokenRepository links, Throttle throttle, ForwardedAddress clientAddress, SecurityLog log) {
        this.links = links;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.log = log;
    }

    /** A new link's secret; only its digest is stored. */
    String issue(Account account, OneTimeToken.Purpose purpose, Duration lifetime) {
        return issue(account, purpose, lifetime, null);
    }

    /** A verification link that, once followed, gives the account the credentials of {@code signUp}. */
    String issue(
            Account account, OneTimeToken.Purpose purpose, Duration lifetime, OneTimeToken.@Nullable SignUp signUp) {
        String token = OpaqueTokens.generate();
        links.save(new OneTimeToken(
                null,
                OpaqueTokens.hash(token),
                account.id(),
                purpose,
                Instant.now().plus(lifetime),
                null,
                null,
                signUp == null ? null : signUp.passwordHash(),
                signUp == null ? null : signUp.role(),
                signUp == null ? null : signUp.displayName(),
                signUp == null ? null : signUp.language()));
        return token;
    }

    /** Spends every pending link of the purpose and forgets the credentials the links carried. */
    void spendAndForgetAll(UUID accountId, OneTimeToken.Purpose purpose) {
        links.spendAndForgetAll(accountId, purpose.name());
    }

    void spendAll(UUID accountId, OneTimeToken.Purpose purpose) {
        links.spendAll(accountId, purpose.name());
    }

    /** Spends the link, or refuses it with 403 naming the {@code token} field. */
    OneTimeToken consume(String token, OneTimeToken.Purpose purpose) {
        throttle.check("link-address", clientAddress.current());
        Optional<OneTimeToken> link = links.findByTokenHashAndPurpose(OpaqueTokens.hash(token), purpose);
        if (link.isEmpty() || links.consume(link.get().id()) == 0) {
            throttle.count("link-address", clientAddress.current());
            log.record(
                    SecurityEventType.LINK_REJECTED,
                    link.map(OneTimeToken::accountId).orElse(null),
                    null,
                    purpose + " link unknown, expired or already used");
            throw ApiProblems.invalidField(
                    HttpStatus.FORBIDDEN, "token", "this link is invalid, expired or already used");
        }
        return link.get();
    }
}
