package io.vetted.identity.notice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.account.Account;
import io.vetted.identity.account.AccountRepository;
import io.vetted.identity.mail.Mailer;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Mails other services' notices (review-service tells authors when their reference is put under
 * review, hidden or restored): identity-service alone knows addresses and languages, and already
 * sends mail. A notice id is claimed in the database first, so a repeated delivery sends nothing.
 */
@Singleton
class Notices {

    private final AccountRepository accounts;
    private final Mailer mailer;
    private final JdbcOperations jdbc;
    private final ExecutorService executor;

    Notices(
            AccountRepository accounts,
            Mailer mailer,
            JdbcOperations jdbc,
            @Named(TaskExecutors.IO) ExecutorService executor) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.executor = executor;
    }

    /** @return the account to mail, or null when this notice was already sent */
    @Transactional
    Account claim(UUID accountId, UUID noticeId) {
        Account account =
                accounts.findById(accountId).orElseThrow(() -> ApiProblems.notFound("No account with id " + accountId));
        int first = jdbc.prepareStatement("""
                INSERT INTO account_notice (id, account_id, sent_at) VALUES (?, ?, now())
                ON CONFLICT (id) DO NOTHING""", statement -> {
            statement.setObject(1, noticeId);
            statement.setObject(2, accountId);
            return statement.executeUpdate();
        });
        return first == 1 ? account : null;
    }

    /** After the claim committed: in the account's language, without holding up the caller. */
    void mail(Account account, NoticeOperations.Notice notice) {
        boolean english = "en".equals(account.language());
        String subject = "Vetted · " + (english ? notice.subjectEn() : notice.subjectFr());
        String body = english ? notice.bodyEn() : notice.bodyFr();
        executor.execute(() -> mailer.send(account.email(), subject, body));
    }
}
