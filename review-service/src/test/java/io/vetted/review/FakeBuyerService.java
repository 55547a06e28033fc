package io.vetted.review;

import com.sun.net.httpserver.HttpExchange;
import io.vetted.testsupport.LoopbackServer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** buyer-service's watch, as review-service talks to it: the low-rating events it receives, as JSON. */
public final class FakeBuyerService {

    private final List<String> watchEvents = new CopyOnWriteArrayList<>();
    private final LoopbackServer server = new LoopbackServer(this::handle);

    public String url() {
        return server.url();
    }

    public List<String> watchEvents() {
        return List.copyOf(watchEvents);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/api/internal/watch-events")) {
            watchEvents.add(LoopbackServer.body(exchange));
            LoopbackServer.respond(exchange, 202, null);
        } else {
            LoopbackServer.respond(exchange, 404, "{\"status\":404}");
        }
    }
}
