package io.vetted.vendor.notice;

import io.micronaut.serde.ObjectMapper;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import io.vetted.vendor.team.IdentityNotices;
import jakarta.inject.Singleton;

/** Hands owners' notices from the outbox to identity-service, which applies each event id once per account. */
@Singleton
class OwnerNoticePublisher implements OutboxHandler {

    private final IdentityNotices identity;
    private final ObjectMapper json;

    OwnerNoticePublisher(IdentityNotices identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @Override
    public String eventType() {
        return OwnerNotice.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        OwnerNotice notice = HttpDelivery.payload(json, message, OwnerNotice.class);
        HttpDelivery.send("identity-service", () -> identity.notify(notice));
    }
}
