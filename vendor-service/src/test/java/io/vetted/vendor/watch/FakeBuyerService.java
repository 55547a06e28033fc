package io.vetted.vendor.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays buyer-service's watch-event endpoint over real HTTP: answers with the statuses a test
 * queues (202 once they run out) and records what it was sent. The e2e tests run the real one.
 */
final class FakeBuyerService {

    record Received(String authorization, String body, int answered) {}

    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    FakeBuyerService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/internal/watch-events", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    List<Received> received(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Integer queued = answers.poll();
        int status = queued == null ? 202 : queued;
        received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
