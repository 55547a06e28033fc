package io.vetted.support.outbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.function.Supplier;

/** How an {@link OutboxHandler} reads its payload and turns a receiver's HTTP answer into the relay's outcome. */
public final class HttpDelivery {

    private HttpDelivery() {}

    /** A payload that cannot be read never will be: parked rather than retried forever. */
    public static <T> T payload(ObjectMapper json, OutboxMessage message, Class<T> type) {
        try {
            return json.readValue(message.payload(), type);
        } catch (IOException e) {
            throw new PermanentDeliveryFailure("unreadable payload: " + e.getMessage());
        }
    }

    /**
     * Returns when the receiver accepted the event (2xx). A 4xx refusal parks it, except 401 (a
     * token to renew), 409 (a race on the receiver's side) and 429 (slow down), which are retried
     * like 5xx answers and outages.
     */
    public static void send(String receiver, Supplier<HttpResponse<?>> call) {
        int status;
        try {
            status = call.get().code();
        } catch (HttpClientResponseException e) {
            status = e.code();
        }
        check(receiver, status);
    }

    /** As {@link #send}, for a receiver whose answer says more: its body, once it accepted. */
    public static <T> T exchange(String receiver, Supplier<HttpResponse<T>> call) {
        HttpResponse<T> response;
        try {
            response = call.get();
        } catch (HttpClientResponseException e) {
            check(receiver, e.code());
            throw e;
        }
        check(receiver, response.code());
        return response.body();
    }

    private static void check(String receiver, int status) {
        if (status >= 400
                && status < 500
                && status != HttpStatus.UNAUTHORIZED.getCode()
                && status != HttpStatus.CONFLICT.getCode()
                && status != HttpStatus.TOO_MANY_REQUESTS.getCode()) {
            throw new PermanentDeliveryFailure(receiver + " refused the event with " + status);
        }
        if (status >= 300) {
            throw new IllegalStateException(receiver + " answered " + status);
        }
    }
}
