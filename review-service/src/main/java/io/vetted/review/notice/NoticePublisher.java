package io.vetted.review.notice;

import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/** Hands authors' notices from the outbox to identity-service, which mails them (it has the address). */
@Singleton
class NoticePublisher implements OutboxHandler {

    private final IdentityNoticeClient identity;
    private final IdentityDelivery delivery;

    NoticePublisher(IdentityNoticeClient identity, IdentityDelivery delivery) {
        this.identity = identity;
        this.delivery = delivery;
    }

    @Override
    public String eventType() {
        return Notice.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        Notice notice = delivery.payload(message, Notice.class);
        delivery.send(authorization -> identity.send(authorization, notice.accountId(), notice));
    }
}
