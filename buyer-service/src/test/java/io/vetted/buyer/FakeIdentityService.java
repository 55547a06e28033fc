package io.vetted.buyer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vetted.testsupport.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
    private final HttpServer server;
    private volatile boolean down;

    public FakeIdentityService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/api/auth/service-token")) {
            byte[] json = ("{\"accessToken\":\"" + TestIssuer.shared().token("service:buyer-service", "SERVICE")
                            + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
        } else if (path.equals("/api/internal/notifications") && !down) {
            notifications.add(body);
            exchange.sendResponseHeaders(202, -1);
        } else {
            exchange.sendResponseHeaders(down ? 503 : 404, -1);
        }
        exchange.close();
    }
}
