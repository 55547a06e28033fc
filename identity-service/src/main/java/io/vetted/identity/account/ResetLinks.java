package io.vetted.identity.account;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.audit.SecurityEventType;
import io.vetted.identity.audit.SecurityLog;
import io.vetted.identity.mail.Mails;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues and mails a reset link after the answer has left: looking the address up, writing the
 * link and the audit event take time only when the account exists, and that difference must not
 * show in the answer (it was ten times faster for a known address than for an unknown one).
 */
@Singleton
class ResetLinks {

    private static final Logger LOG = LoggerFactory.getLogger(ResetLinks.class);

    private final AccountRepository repository;
    private final EmailLinks links;
    private final Mails mails;
    private final SecurityLog log;
    private final ExecutorService executor;

    ResetLinks(
            AccountRepository repository,
            EmailLinks links,
            Mails mails,
            SecurityLog log,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.repository = repository;
        this.links = links;
        this.mails = mails;
        this.log = log;
        this.executor = executor;
    }

    /**
     * Issues the link after the answer has left ({@link AfterTheAnswer}). The call to
     * {@link #issue} is transactional: Micronaut's advice is a subclass, so calls from within the
     * bean are intercepted too.
     */
    void later(String normalisedEmail) {
        AfterTheAnswer.run(executor, LOG, "issue a password reset link", () -> issue(normalisedEmail));
    }

    @Transactional
    public void issue(String normalisedEmail) {
        repository.findByEmail(normalisedEmail).filter(a -> !a.disabled()).ifPresent(account -> {
            links.spendAll(account.id(), OneTimeToken.Purpose.RESET_PASSWORD);
            log.record(SecurityEventType.PASSWORD_RESET_REQUESTED, account.id());
            String token = links.issue(account, OneTimeToken.Purpose.RESET_PASSWORD, PasswordService.RESET_LIFETIME);
            mails.resetPassword(account.email(), account.language(), token);
        });
    }
}
