package io.vetted.review.notice;

import io.vetted.support.notice.AddressNotice;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/** Hands invitations' mails from the outbox to identity-service, which sends each once. */
@Singleton
class InvitationMailPublisher implements OutboxHandler {

    private final IdentityNoticeClient identity;
    private final IdentityDelivery delivery;

    InvitationMailPublisher(IdentityNoticeClient identity, IdentityDelivery delivery) {
        this.identity = identity;
        this.delivery = delivery;
    }

    @Override
    public String eventType() {
        return InvitationMails.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        AddressNotice notice = delivery.payload(message, AddressNotice.class);
        delivery.send(authorization -> identity.sendToAddress(authorization, notice));
    }
}
