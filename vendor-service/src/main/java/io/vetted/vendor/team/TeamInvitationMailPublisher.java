package io.vetted.vendor.team;

import io.micronaut.serde.ObjectMapper;
import io.vetted.support.notice.AddressNotice;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/** Hands team invitations' mails from the outbox to identity-service, which sends each once. */
@Singleton
class TeamInvitationMailPublisher implements OutboxHandler {

    private final IdentityNotices identity;
    private final ObjectMapper json;

    TeamInvitationMailPublisher(IdentityNotices identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @Override
    public String eventType() {
        return TeamInvitationMails.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        AddressNotice notice = HttpDelivery.payload(json, message, AddressNotice.class);
        HttpDelivery.send("identity-service", () -> identity.sendToAddress(notice));
    }
}
