package io.vetted.identity.account;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerHttpRequestContext;
import io.micronaut.http.context.ServerRequestContext;
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
     * Hands the work to another thread in a fresh context: only the request is carried over, so
     * that the audit event has its client address; the request's own transaction and connection
     * are not (they are closed by the time this runs). The call to {@link #issue} is transactional:
     * Micronaut's advice is a subclass, so calls from within the bean are intercepted too.
     */
    void later(String normalisedEmail) {
        HttpRequest<Object> request = ServerRequestContext.currentRequest().orElse(null);
        executor.execute(() -> {
            PropagatedContext fresh = request == null
                    ? PropagatedContext.empty()
                    : PropagatedContext.empty().plus(new ServerHttpRequestContext(request));
            try (PropagatedContext.Scope ignored = fresh.propagate()) {
                issue(normalisedEmail);
            } catch (RuntimeException e) {
                LOG.error("Could not issue a password reset link", e);
            }
        });
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
