package io.vetted.e2e.drill;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON over HTTP/1.1 as the drills' clients send it, counting the requests each service has in
 * flight so a kill can be timed to land on some. A lost connection or a timeout is an
 * {@link IOException}, as for any client.
 */
public final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /** One answer: the status, the JSON body (empty when none) and the headers. */
    public record Answer(int status, Map<String, Object> body, HttpResponse<String> raw) {

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Sends {@code method} with {@code body} (null: none) to {@code service}'s {@code url}. */
    public Answer send(
            String service, String method, String url, String token, Object body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : json(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        HttpResponse<String> response =
                counted(service, () -> client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        return new Answer(response.statusCode(), parse(response.body()), response);
    }

    /** One exchange with a service, made by a client of its own (e.g. a browser's session). */
    @FunctionalInterface
    public interface Exchange<T> {
        T call() throws IOException, InterruptedException;
    }

    /** Runs {@code exchange}, counted among {@code service}'s requests in flight while it waits. */
    public <T> T counted(String service, Exchange<T> exchange) throws IOException {
        AtomicInteger count = inFlight.computeIfAbsent(service, s -> new AtomicInteger());
        count.incrementAndGet();
        try {
            return exchange.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            count.decrementAndGet();
        }
    }

    /** How many requests to {@code service} are waiting for their answer right now. */
    public int inFlight(String service) {
        AtomicInteger count = inFlight.get(service);
        return count == null ? 0 : count.get();
    }

    private static HttpRequest.BodyPublisher json(Object body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(ObjectMapper.getDefault().writeValueAsString(body));
    }

    private static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank() || !body.startsWith("{")) {
            return Map.of();
        }
        try {
            return ObjectMapper.getDefault().readValue(body, JSON);
        } catch (IOException e) {
            return Map.of();
        }
    }
}
