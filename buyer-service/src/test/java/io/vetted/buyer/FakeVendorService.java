package io.vetted.buyer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays vendor-service's public provider lookup over real HTTP: published providers answer 200,
 * anything else 404. Its search answers only "does provider P match": P matches when it was
 * published with every parameter the query names (besides {@code size} and {@code provider}). It can be stopped, to see buyer-service answer 503. The e2e tests run the real one.
 */
public final class FakeVendorService {

    private static final Pattern PROVIDER = Pattern.compile("/api/providers/([0-9a-f-]{36})");

    private final Set<UUID> published = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Set<String>> matching = new ConcurrentHashMap<>();
    private final HttpServer server;

    public FakeVendorService() {
        try {
            server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new published provider's id. */
    public UUID publishedProvider() {
        UUID id = UUID.randomUUID();
        published.add(id);
        return id;
    }

    /** A new published provider that searches with these parameters ({@code specialty=HELPDESK}) find. */
    public UUID publishedProviderMatching(String... parameters) {
        UUID id = publishedProvider();
        matching.put(id, Set.of(parameters));
        return id;
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/api/providers")) {
            search(exchange);
            return;
        }
        Matcher provider = PROVIDER.matcher(exchange.getRequestURI().getPath());
        boolean found = "GET".equals(exchange.getRequestMethod())
                && provider.matches()
                && published.contains(UUID.fromString(provider.group(1)));
        byte[] body = (found
                        ? "{\"id\":\"" + provider.group(1) + "\",\"name\":\"Fake provider\",\"ownerAccountId\":\""
                                + UUID.randomUUID() + "\"}"
                        : "{\"status\":404}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", found ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(found ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void search(HttpExchange exchange) throws IOException {
        List<String> pairs = List.of(exchange.getRequestURI().getRawQuery().split("&"));
        UUID provider = pairs.stream()
                .filter(p -> p.startsWith("provider="))
                .map(p -> UUID.fromString(p.substring("provider=".length())))
                .findFirst()
                .orElseThrow();
        boolean found = pairs.stream()
                .filter(p -> !p.startsWith("provider=") && !p.startsWith("size="))
                .allMatch(matching.getOrDefault(provider, Set.of())::contains);
        byte[] body = ("{\"total\":" + (found ? 1 : 0) + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
