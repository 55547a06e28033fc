package io.vetted.identity.account;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.mail.Mails;
import io.vetted.identity.throttle.Throttle;
import io.vetted.support.net.ForwardedAddress;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mailed sign-in links (single use, 15 minutes): the way in that failed passwords from elsewhere
 * cannot pause. A request answers the same, as fast, whether the address has an account or not:
 * like a reset link, the link is looked up, issued and mailed after the answer has left.
 */
@Singleton
public class SignInLinks {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(SignInLinks.class);

    private final AccountRepository repository;
    private final EmailLinks links;
    private final Mails mails;
    private final Throttle throttle;
    private final ForwardedAddress clientAddress;
    private final SecurityLog log;
    private final ExecutorService executor;

    SignInLinks(
            AccountRepository repository,
            EmailLinks links,
            Mails mails,
            Throttle throttle,
            ForwardedAddress clientAddress,
            SecurityLog log,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.repository = repository;
        this.links = links;
        this.mails = mails;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.log = log;
        this.executor = executor;
    }

    public void request(String email) {
        String normalised = AccountService.normalise(email);
        throttle.count("sign-in-link-address", clientAddress.current());
        throttle.count("sign-in-link-account", normalised);
        AfterTheAnswer.run(executor, LOG, "issue a sign-in link", () -> issue(normalised));
    }

    /** Only for a verified, enabled account: a link must not activate an account someone else signed up. */
    @Transactional
    public void issue(String normalisedEmail) {
        repository
                .findByEmail(normalisedEmail)
                .filter(a -> !a.disabled() && a.verified())
                .ifPresent(account -> {
                    links.spendAll(account.id(), OneTimeToken.Purpose.SIGN_IN);
                    log.record(SecurityEventType.SIGN_IN_LINK_REQUESTED, account.id());
                    String token = links.issue(account, OneTimeToken.Purpose.SIGN_IN, LIFETIME);
                    mails.signInLink(account.email(), account.language(), token);
                });
    }

    /** Spends the link and answers its account, or refuses it with 403 naming the {@code token} field. */
    @Transactional
    public Account consume(String token) {
        OneTimeToken link = links.consume(token, OneTimeToken.Purpose.SIGN_IN);
        return repository
                .findById(link.accountId())
                .orElseThrow(() -> new IllegalStateException("link without account"));
    }
}
