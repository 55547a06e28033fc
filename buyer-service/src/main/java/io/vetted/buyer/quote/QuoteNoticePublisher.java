package io.vetted.buyer.quote;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.vetted.buyer.watch.IdentityNotificationClient;
import io.vetted.buyer.watch.NotificationRequest;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands quote notices from the outbox to identity-service (kind QUOTE), which keeps one per event and
 * account: a relay that repeats a delivery notifies nobody twice. The actor is left out of the recipients.
 */
@Singleton
class QuoteNoticePublisher implements OutboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(QuoteNoticePublisher.class);

    private final IdentityNotificationClient identity;
    private final QuoteProviderClient vendor;
    private final ObjectMapper json;

    QuoteNoticePublisher(IdentityNotificationClient identity, QuoteProviderClient vendor, ObjectMapper json) {
        this.identity = identity;
        this.vendor = vendor;
        this.json = json;
    }

    @Override
    public String eventType() {
        return QuoteNotice.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        QuoteNotice notice = HttpDelivery.payload(json, message, QuoteNotice.class);
        Set<UUID> recipients = new LinkedHashSet<>(
                notice.recipient() == Side.BUYER ? List.of(notice.buyerAccountId()) : providerAccounts(notice));
        recipients.remove(notice.actorAccountId());
        if (recipients.isEmpty()) {
            return;
        }
        NotificationRequest request = new NotificationRequest(
                notice.eventId(),
                NotificationRequest.QUOTE,
                new ArrayList<>(recipients),
                notice.subjectFr(),
                notice.subjectEn(),
                notice.bodyFr(),
                notice.bodyEn(),
                notice.link());
        HttpDelivery.send("identity-service", () -> identity.notify(request));
    }

    /** The provider's owner and team; nobody once it is no longer published (its inbox is closed to buyers). */
    private List<UUID> providerAccounts(QuoteNotice notice) {
        QuoteProviderClient.Accounts accounts;
        try {
            accounts = vendor.accounts(notice.providerId());
        } catch (HttpClientResponseException e) {
            if (e.getStatus() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            accounts = null;
        }
        if (accounts == null) {
            LOG.info(
                    "Quote notice {} not sent: provider {} is no longer published",
                    notice.eventId(),
                    notice.providerId());
            return List.of();
        }
        List<UUID> all = new ArrayList<>();
        all.add(accounts.ownerAccountId());
        all.addAll(Objects.requireNonNullElse(accounts.teamAccountIds(), List.of()));
        all.removeIf(Objects::isNull);
        return all;
    }
}
