package io.vetted.buyer;

import com.sun.net.httpserver.HttpExchange;
import io.vetted.testsupport.LoopbackServer;
import io.vetted.testsupport.TestIssuer;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays identity-service over real HTTP in buyer-service's tests: service tokens (signed by
 * {@link TestIssuer}) and the bulk notifications it is asked to queue (recorded as JSON bodies). It
 * can refuse them with 503, as during an outage. The e2e tests run the real identity-service.
 */
public final class FakeIdentityService {

    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final LoopbackServer server = new LoopbackServer(this::handle);
    private volatile boolean down;

    public String url() {
        return server.url();
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** The bodies of the notification calls that name {@code account}. */
    public List<String> notificationsTo(String account) {
        return notifications.stream().filter(body -> body.contains(account)).toList();
    }

    /** The bodies of the notification calls about {@code eventId} (the event's own id in the body). */
    public List<String> notificationsOf(UUID eventId) {
        return notifications.stream()
                .filter(body -> body.contains("\"eventId\":\"" + eventId + "\""))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = LoopbackServer.body(exchange);
        if (path.equals("/api/auth/service-token")) {
            LoopbackServer.respond(
                    exchange,
                    200,
                    "{\"accessToken\":\"" + TestIssuer.shared().token("service:buyer-service", "SERVICE")
                            + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}");
        } else if (path.equals("/api/internal/notifications") && !down) {
            notifications.add(body);
            LoopbackServer.respond(exchange, 202, null);
        } else {
            LoopbackServer.respond(exchange, down ? 503 : 404, null);
        }
    }
}
