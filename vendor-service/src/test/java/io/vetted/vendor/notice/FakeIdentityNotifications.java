package io.vetted.vendor.notice;

import com.sun.net.httpserver.HttpExchange;
import io.vetted.testsupport.LoopbackServer;
import io.vetted.testsupport.TestIssuer;
import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays identity-service for vendor-service's outbox over real HTTP: service tokens, and the
 * notification centre answering the statuses a test queues (202 once they run out), recording each
 * call. The e2e tests run the real one.
 */
final class FakeIdentityNotifications {

    record Received(String body, int answered) {}

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

    List<Received> received(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = LoopbackServer.body(exchange);
        if (path.equals("/api/auth/service-token")) {
            LoopbackServer.respond(
                    exchange,
                    200,
                    "{\"accessToken\":\"" + TestIssuer.shared().token("service:vendor-service", "SERVICE")
                            + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}");
        } else if (path.equals("/api/internal/notifications")) {
            Integer queued = answers.poll();
            int status = queued == null ? 202 : queued;
            received.add(new Received(body, status));
            LoopbackServer.respond(exchange, status, null);
        } else {
            LoopbackServer.respond(exchange, 404, null);
        }
    }
}
