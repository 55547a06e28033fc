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
import java.util.Locale;
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

    /** @return whether this address notice is sent for the first time */
    @Transactional
    boolean claim(UUID noticeId) {
        return jdbc.prepareStatement(
                        "INSERT INTO address_notice (id, sent_at) VALUES (?, now()) ON CONFLICT (id) DO NOTHING",
                        statement -> {
                            statement.setObject(1, noticeId);
                            return statement.executeUpdate();
                        })
                == 1;
    }

    /**
     * After the claim committed. Someone with an account reads it in their language; an address
     * without one gets French then English, since nobody has told us which they read.
     */
    void mail(NoticeOperations.AddressNotice notice) {
        String email = notice.email().strip().toLowerCase(Locale.ROOT);
        Account account = accounts.findByEmail(email).orElse(null);
        String subject;
        String body;
        if (account != null) {
            boolean english = "en".equals(account.language());
            subject = english ? notice.subjectEn() : notice.subjectFr();
            body = english ? notice.bodyEn() : notice.bodyFr();
        } else {
            subject = notice.subjectFr() + " / " + notice.subjectEn();
            body = notice.bodyFr() + "\n\n---- English ----\n\n" + notice.bodyEn();
        }
        executor.execute(() -> mailer.send(email, "Vetted · " + subject, body));
    }

    /** After the claim committed: in the account's language, without holding up the caller. */
    void mail(Account account, NoticeOperations.Notice notice) {
        boolean english = "en".equals(account.language());
        String subject = "Vetted · " + (english ? notice.subjectEn() : notice.subjectFr());
        String body = english ? notice.bodyEn() : notice.bodyFr();
        executor.execute(() -> mailer.send(account.email(), subject, body));
    }
}
