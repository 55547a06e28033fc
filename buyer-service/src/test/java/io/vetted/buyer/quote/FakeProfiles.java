package io.vetted.buyer.quote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the vendor-service routes quote requests read, over real HTTP: public profiles with an SLA
 * and one per-seat monthly offer, the estimate for a fleet, and {@code /api/providers/mine} by the
 * bearer token's subject. The e2e tests run the real one.
 */
final class FakeProfiles {

    private static final Pattern PROVIDER = Pattern.compile("/api/providers/([0-9a-f-]{36})");
    private static final Pattern INTERNAL = Pattern.compile("/api/internal/providers/([0-9a-f-]{36})");
    private static final Pattern QUERY = Pattern.compile("(provider|users)=([^&]*)");

    /** What a provider publishes: critical response, after-hours level, EUR per seat per month, price notice. */
    record Published(String name, int criticalMinutes, String afterHours, int perSeatEur, int noticeDays) {}

    private final Map<UUID, Published> providers = new ConcurrentHashMap<>();
    private final Map<String, UUID> members = new ConcurrentHashMap<>();
    private final Map<UUID, List<String>> accounts = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeProfiles() {
        try {
            server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    UUID publish(Published published) {
        UUID id = UUID.randomUUID();
        providers.put(id, published);
        return id;
    }

    /** The account (a token subject) acts for the provider, as its owner or a team member. */
    void member(String accountId, UUID provider) {
        members.put(accountId, provider);
    }

    /** What vendor-service tells services of the provider's accounts: its owner first, then its team. */
    void accounts(UUID provider, String owner, String... team) {
        List<String> all = new ArrayList<>(List.of(owner));
        all.addAll(List.of(team));
        accounts.put(provider, all);
        all.forEach(account -> member(account, provider));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher provider = PROVIDER.matcher(path);
        Matcher internal = INTERNAL.matcher(path);
        String body = null;
        if (internal.matches() && accounts.containsKey(UUID.fromString(internal.group(1)))) {
            List<String> all = accounts.get(UUID.fromString(internal.group(1)));
            body = "{\"id\":\"%s\",\"ownerAccountId\":\"%s\",\"name\":\"Fake\",\"teamAccountIds\":[%s]}"
                    .formatted(
                            internal.group(1),
                            all.get(0),
                            String.join(
                                    ",",
                                    all.subList(1, all.size()).stream()
                                            .map(a -> "\"" + a + "\"")
                                            .toList()));
        } else if ("/api/providers/mine".equals(path)) {
            UUID mine = members.get(subject(exchange.getRequestHeaders().getFirst("Authorization")));
            body = mine == null ? null : profile(mine, providers.get(mine));
        } else if (provider.matches() && providers.containsKey(UUID.fromString(provider.group(1)))) {
            UUID id = UUID.fromString(provider.group(1));
            body = profile(id, providers.get(id));
        } else if ("/api/estimates".equals(path)) {
            body = estimate(exchange.getRequestURI().getRawQuery());
        }
        byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", body == null ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String profile(UUID id, Published p) {
        return """
                {"id":"%s","name":"%s","sla":{"criticalResponseMinutes":%d,"afterHours":"%s"},
                 "offers":[{"pricingModel":"MONTHLY_FIXED","priceChangeNoticeDays":%d}]}""".formatted(id, p.name(), p.criticalMinutes(), p.afterHours(), p.noticeDays());
    }

    private String estimate(String query) {
        UUID id = null;
        int users = 0;
        Matcher m = QUERY.matcher(query == null ? "" : query);
        while (m.find()) {
            if ("provider".equals(m.group(1))) {
                id = UUID.fromString(m.group(2));
            } else {
                users = Integer.parseInt(m.group(2));
            }
        }
        Published p = providers.get(id);
        if (p == null) {
            return null;
        }
        return """
                {"providers":[{"providerId":"%s","offers":[{"pricingModel":"MONTHLY_FIXED","monthlyEur":%d}]}]}""".formatted(id, p.perSeatEur() * users);
    }

    private static String subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "";
        }
        String payload = new String(
                Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher sub = Pattern.compile("\"sub\":\"([^\"]+)\"").matcher(payload);
        return sub.find() ? sub.group(1) : "";
    }
}
