package io.vetted.review.reputation;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.vetted.review.outbox.OutboxHandler;
import io.vetted.review.outbox.OutboxMessage;
import io.vetted.review.outbox.PermanentDeliveryFailure;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Delivers reputation snapshots from the outbox to vendor-service, as the review-service client. */
@Singleton
class ReputationPublisher implements OutboxHandler {

    private final VendorReputationClient vendor;
    private final ObjectMapper json;

    ReputationPublisher(VendorReputationClient vendor, ObjectMapper json) {
        this.vendor = vendor;
        this.json = json;
    }

    @Override
    public String eventType() {
        return ReputationSnapshot.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        ReputationSnapshot snapshot;
        try {
            snapshot = json.readValue(message.payload(), ReputationSnapshot.class);
        } catch (IOException e) {
            throw new PermanentDeliveryFailure("unreadable payload: " + e.getMessage());
        }
        int status;
        try {
            status = vendor.push(snapshot.providerId(), snapshot).code();
        } catch (HttpClientResponseException e) {
            status = e.code();
        }
        if (status >= 400
                && status < 500
                && status != HttpStatus.UNAUTHORIZED.getCode()
                && status != HttpStatus.CONFLICT.getCode()
                && status != HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            throw new PermanentDeliveryFailure("vendor-service refused the snapshot with " + status);
        }
        if (status >= 300) {
            throw new IllegalStateException("vendor-service answered " + status);
        }
    }
}
