package io.vetted.review.notice;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.vetted.review.outbox.OutboxHandler;
import io.vetted.review.outbox.OutboxMessage;
import io.vetted.review.outbox.PermanentDeliveryFailure;
import io.vetted.support.auth.ServiceTokenProvider;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Hands authors' notices from the outbox to identity-service, which mails them (it has the address). */
@Singleton
class NoticePublisher implements OutboxHandler {

    private final IdentityNoticeClient identity;
    private final ServiceTokenProvider tokens;
    private final ObjectMapper json;

    NoticePublisher(IdentityNoticeClient identity, ServiceTokenProvider tokens, ObjectMapper json) {
        this.identity = identity;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public String eventType() {
        return Notice.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        Notice notice;
        try {
            notice = json.readValue(message.payload(), Notice.class);
        } catch (IOException e) {
            throw new PermanentDeliveryFailure("unreadable payload: " + e.getMessage());
        }
        try {
            identity.send("Bearer " + tokens.token(), notice.accountId(), notice);
        } catch (HttpClientResponseException e) {
            if (e.code() == 401) {
                tokens.invalidate();
            }
            if (e.code() >= 400 && e.code() < 500 && e.code() != 401 && e.code() != 429) {
                // 404: the account was deleted since; nobody is left to tell
                throw new PermanentDeliveryFailure("identity-service refused the notice with " + e.code());
            }
            throw e;
        }
    }
}
