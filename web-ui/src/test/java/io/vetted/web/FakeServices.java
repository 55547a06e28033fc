package io.vetted.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plays identity-, vendor-, review- and buyer-service over real HTTP in web-ui's own tests: answers each
 * path with the JSON it was given (404 otherwise, or the status it was told to fail with) and records every call with its Authorization
 * header. Each call is answered on a thread of its own, as the services answer calls made at the same
 * time. The platform tests in e2e-tests run the real services.
 */
public final class FakeServices implements AutoCloseable {

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, Queue<Together>> together = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "fake-services");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer server;

    public FakeServices() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Points web-ui's four service clients here. */
    public Map<String, String> properties() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "micronaut.http.services.identity.url", url,
                "micronaut.http.services.vendor.url", url,
                "micronaut.http.services.review.url", url,
                "micronaut.http.services.buyer.url", url);
    }

    public FakeServices answer(String path, String json) {
        failures.remove(path);
        replies.remove(path);
        answers.put(path, json);
        return this;
    }

    /** vendor-service with an empty catalogue and no provider: what the search page needs. */
    public FakeServices emptySearch() {
        return answer("/api/providers", "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}")
                .answer(
                        "/api/catalog",
                        "{\"specialties\":[],\"sectors\":[],\"certifications\":[],\"practices\":[],\"regions\":[]}");
    }

    /** The path answers {@code status} from now on. */
    public void fail(String path, int status) {
        failures.put(path, status);
    }

    /** The path answers these bytes from now on: a file, or a refusal's problem+json naming a field. */
    public FakeServices reply(String path, int status, String contentType, byte[] body) {
        failures.remove(path);
        replies.put(path, new Reply(status, contentType, body.clone()));
        return this;
    }

    /**
     * The next calls to {@code paths} answer only once each of them has been called: a site that asks
     * them one after the other waits on the first for {@code patience}, then gets a 504 for it. A path
     * given n times joins with its next n calls. Replaces any earlier group.
     */
    public FakeServices together(Duration patience, String... paths) {
        together.clear();
        Together group = new Together(new CountDownLatch(paths.length), patience);
        for (String path : paths) {
            together.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(group);
        }
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> callsTo(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Vetted-Device"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
        Queue<Together> waiting = together.get(path);
        Together group = waiting == null ? null : waiting.poll();
        boolean alone = group != null && !group.allCalled();
        Reply reply = replies.get(path);
        if (reply != null && !alone) {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            exchange.getResponseBody().write(reply.body());
            exchange.close();
            return;
        }
        String json = answers.get(path);
        int status = alone ? 504 : failures.getOrDefault(path, json == null ? 404 : 200);
        byte[] body = (status == 200 ? json : "{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private record Together(CountDownLatch waiting, Duration patience) {

        /** Counts this call (each place a path holds in the group takes one call) and waits for the others'. */
        boolean allCalled() {
            waiting.countDown();
            try {
                return waiting.await(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    // the bytes are copied in and never handed out
    @SuppressWarnings("ArrayRecordComponent")
    private record Reply(int status, String contentType, byte[] body) {}

    /**
     * {@code authorization} and {@code device} (X-Vetted-Device) are null when the call carried
     * none; {@code body} is the request's bytes, one character each (a file's too); {@code query} the
     * raw query string, or null.
     */
    public record Call(
            String method,
            String path,
            String authorization,
            String device,
            String body,
            String query,
            String forwardedFor) {}
}
