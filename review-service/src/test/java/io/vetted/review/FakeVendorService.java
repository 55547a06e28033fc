package io.vetted.review;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays vendor-service over real HTTP in review-service's own tests: answers provider lookups,
 * records the reputation snapshots pushed to it, and can be taken down and brought back on the
 * same port. The platform tests in e2e-tests run the real vendor-service.
 */
public final class FakeVendorService {

    private static final Pattern PROVIDER = Pattern.compile("/api/providers/([0-9a-f-]{36})");
    private static final Pattern REPUTATION = Pattern.compile("/api/internal/providers/([0-9a-f-]{36})/reputation");

    private final Set<UUID> providers = ConcurrentHashMap.newKeySet();
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile HttpServer server;
    private volatile int failuresToAnswer;

    public FakeVendorService() {
        start(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public UUID knownProvider() {
        UUID id = UUID.randomUUID();
        providers.add(id);
        return id;
    }

    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    public List<Push> pushesFor(UUID provider) {
        return pushes.stream().filter(p -> p.provider().equals(provider)).toList();
    }

    /** The next {@code count} reputation pushes answer 503. */
    public void failNext(int count) {
        failuresToAnswer = count;
    }

    public synchronized void stop() {
        server.stop(0);
    }

    public synchronized void restart() {
        start(port);
    }

    private void start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher provider = PROVIDER.matcher(path);
        Matcher reputation = REPUTATION.matcher(path);
        if ("GET".equals(exchange.getRequestMethod()) && provider.matches()) {
            UUID id = UUID.fromString(provider.group(1));
            if (providers.contains(id)) {
                respond(exchange, 200, "{\"id\":\"" + id + "\",\"ownerAccountId\":\"" + UUID.randomUUID()
                        + "\",\"name\":\"Fake provider\"}");
            } else {
                respond(exchange, 404, "{\"status\":404}");
            }
        } else if ("PUT".equals(exchange.getRequestMethod()) && reputation.matches()) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (failuresToAnswer > 0) {
                failuresToAnswer--;
                respond(exchange, 503, "{\"status\":503}");
                return;
            }
            pushes.add(new Push(UUID.fromString(reputation.group(1)),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            respond(exchange, 404, "{\"status\":404}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public record Push(UUID provider, String authorization, String body) {
    }
}
