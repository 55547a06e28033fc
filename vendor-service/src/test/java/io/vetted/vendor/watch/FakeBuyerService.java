package io.vetted.vendor.watch;

import com.sun.net.httpserver.HttpExchange;
import io.vetted.testsupport.LoopbackServer;
import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
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
    private final LoopbackServer server = new LoopbackServer(this::handle);

    String url() {
        return server.url();
    }

    void answer(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    /** The deliveries of that kind of event about that provider. */
    List<Received> received(String kind, UUID provider) {
        return received.stream()
                .filter(r -> r.body().contains("\"kind\":\"" + kind + "\"")
                        && r.body().contains(provider.toString()))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = LoopbackServer.body(exchange);
        Integer queued = answers.poll();
        int status = queued == null ? 202 : queued;
        received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body, status));
        LoopbackServer.respond(exchange, status, null);
    }
}
