package io.vetted.identity.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import io.vetted.identity.account.Account;
import io.vetted.identity.account.AccountRepository;
import io.vetted.identity.mail.Mailer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the queue holds, on every replica: one mail per immediate notification, one digest
 * per account and period. A failure waits longer each time (see {@link NotificationSettings}) and
 * never reaches whoever caused the notification.
 */
@Singleton
class MailDrain {

    private static final Logger LOG = LoggerFactory.getLogger(MailDrain.class);

    private final MailQueue queue;
    private final NotificationRepository notifications;
    private final AccountRepository accounts;
    private final NotificationMails mails;
    private final Mailer mailer;
    private final NotificationSettings settings;

    MailDrain(
            MailQueue queue,
            NotificationRepository notifications,
            AccountRepository accounts,
            NotificationMails mails,
            Mailer mailer,
            NotificationSettings settings) {
        this.queue = queue;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mails = mails;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Scheduled(
            fixedDelay = "${vetted.notifications.drain-interval:2s}",
            initialDelay = "${vetted.notifications.drain-interval:2s}")
    void drain() {
        List<MailQueue.Due> due;
        do {
            due = queue.lease(settings.batchSize(), settings.lease());
            try (Mailer.Batch batch = mailer.batch()) {
                due.forEach(mail -> send(batch, mail));
            }
        } while (due.size() == settings.batchSize());
    }

    private void send(Mailer.Batch batch, MailQueue.Due mail) {
        try {
            Account account = accounts.findById(mail.accountId()).orElse(null);
            if (account != null && !account.disabled()) {
                deliver(batch, account, mail);
            }
            queue.sent(mail.id());
        } catch (RuntimeException e) {
            boolean park = mail.attempts() >= settings.maxAttempts();
            LOG.warn(
                    "Notification mail {} failed (attempt {}{}): {}",
                    mail.id(),
                    mail.attempts(),
                    park ? ", parked" : "",
                    e.getMessage());
            queue.failed(
                    mail.id(),
                    String.valueOf(e.getMessage()),
                    settings.retryAfter(
                            mail.attempts(), ThreadLocalRandom.current().nextDouble(-1, 1)),
                    park);
        }
    }

    private void deliver(Mailer.Batch batch, Account account, MailQueue.Due mail) {
        String messageId = mails.messageId(mail.id());
        if (mail.delivery() == Delivery.IMMEDIATE) {
            notifications
                    .findById(mail.notificationId())
                    .ifPresent(n -> batch.deliver(mails.immediate(account, n).withHeader("Message-ID", messageId)));
            return;
        }
        List<Notification> held =
                notifications.digest(account.id(), mail.delivery().name(), mail.dueAt());
        if (!held.isEmpty()) {
            batch.deliver(mails.digest(account, mail.delivery(), held).withHeader("Message-ID", messageId));
        }
    }
}
