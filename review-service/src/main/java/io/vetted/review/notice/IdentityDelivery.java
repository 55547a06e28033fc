package io.vetted.review.notice;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.vetted.support.auth.ServiceTokenProvider;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxMessage;
import io.vetted.support.outbox.PermanentDeliveryFailure;
import jakarta.inject.Singleton;
import java.util.function.Consumer;

/** How an outbox message reaches identity-service's mail: as this service, retried unless refused for good. */
@Singleton
class IdentityDelivery {

    private final ServiceTokenProvider tokens;
    private final ObjectMapper json;

    IdentityDelivery(ServiceTokenProvider tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    <T> T payload(OutboxMessage message, Class<T> type) {
        return HttpDelivery.payload(json, message, type);
    }

    /** Calls identity-service with a service token; a 401 renews it, and only 4xx refusals are final. */
    void send(Consumer<String> call) {
        try {
            call.accept("Bearer " + tokens.token());
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
