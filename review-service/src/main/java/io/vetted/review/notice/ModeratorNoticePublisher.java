package io.vetted.review.notice;

import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/** Hands the moderators' digest from the outbox to identity-service, which knows who moderates. */
@Singleton
class ModeratorNoticePublisher implements OutboxHandler {

    private final IdentityNoticeClient identity;
    private final IdentityDelivery delivery;

    ModeratorNoticePublisher(IdentityNoticeClient identity, IdentityDelivery delivery) {
        this.identity = identity;
        this.delivery = delivery;
    }

    @Override
    public String eventType() {
        return ModeratorNotice.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        ModeratorNotice notice = delivery.payload(message, ModeratorNotice.class);
        delivery.send(authorization -> identity.sendToModerators(authorization, notice));
    }
}
