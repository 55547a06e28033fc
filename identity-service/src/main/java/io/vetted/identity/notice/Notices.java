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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Mails other services' notices to addresses (a client a provider invites): identity-service alone
 * knows addresses and languages, and already sends mail. A notice id is claimed in the database
 * first, so a repeated delivery sends nothing. Notices to accounts are notifications.
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

    /** An account notice becomes a notification (see NoticeController); a missing account answers 404. */
    void requireAccount(UUID accountId) {
        if (!accounts.existsById(accountId)) {
            throw ApiProblems.notFound("No account with id " + accountId);
        }
    }

    List<UUID> moderators() {
        return accounts.findModeratorIds();
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
}
