package io.vetted.buyer.matching;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Plays vendor-service's public search, profile, catalogue and estimate over real HTTP, with the
 * providers a test publishes, and records the queries it was sent. The e2e tests run the real one.
 */
final class FakeMatchVendor {

    /** A published provider as its profile and its estimated monthly total (null: quoted on request). */
    record Provider(
            UUID id,
            String name,
            List<String> specialties,
            List<String> onSiteRegions,
            List<String> onSiteDepartments,
            String afterHours,
            Integer criticalResponseMinutes,
            Map<String, String> claims,
            Boolean subcontracts,
            BigDecimal monthlyEur) {}

    final List<String> queries = new CopyOnWriteArrayList<>();
    private final Map<UUID, Provider> providers = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeMatchVendor() {
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

    void publish(Provider provider) {
        providers.put(provider.id(), provider);
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        queries.add(path + "?" + query);
        String body;
        if (path.equals("/api/providers")) {
            body = "{\"items\":["
                    + providers.values().stream()
                            .map(p -> "{\"id\":\"" + p.id() + "\",\"name\":\"" + p.name() + "\"}")
                            .collect(Collectors.joining(","))
                    + "],\"total\":" + providers.size() + "}";
        } else if (path.startsWith("/api/providers/")) {
            Provider p = providers.get(UUID.fromString(path.substring("/api/providers/".length())));
            body = p == null ? null : profile(p);
        } else if (path.equals("/api/catalog")) {
            body =
                    "{\"regions\":[{\"code\":\"84\",\"departments\":[{\"code\":\"01\"},{\"code\":\"38\"},{\"code\":\"69\"}]}]}";
        } else if (path.equals("/api/estimates")) {
            List<String> lines = new ArrayList<>();
            for (String pair : query.split("&")) {
                if (pair.startsWith("provider=")) {
                    Arrays.stream(pair.substring("provider=".length()).split(","))
                            .map(id -> providers.get(UUID.fromString(id)))
                            .forEach(p -> lines.add(estimate(p)));
                }
            }
            body = "{\"providers\":[" + String.join(",", lines) + "]}";
        } else {
            body = null;
        }
        byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", body == null ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String profile(Provider p) {
        String claims = p.claims().entrySet().stream()
                .map(c ->
                        "{\"topic\":\"" + c.getKey() + "\",\"status\":\"" + c.getValue() + "\",\"certification\":true}")
                .collect(Collectors.joining(","));
        return "{\"id\":\"" + p.id() + "\",\"name\":\"" + p.name() + "\",\"city\":\"Lyon\",\"deliveryModes\":"
                + json(List.of("REMOTE", "ON_SITE")) + ",\"specialties\":" + json(p.specialties())
                + ",\"onSiteRegions\":" + json(p.onSiteRegions()) + ",\"onSiteDepartments\":"
                + json(p.onSiteDepartments()) + ",\"sla\":{"
                + (p.afterHours() == null ? "" : "\"afterHours\":\"" + p.afterHours() + "\",")
                + "\"criticalResponseMinutes\":" + p.criticalResponseMinutes() + "},\"subcontracting\":{"
                + (p.subcontracts() == null ? "" : "\"subcontracts\":" + p.subcontracts()) + "},\"compliance\":["
                + claims + "]}";
    }

    private static String estimate(Provider p) {
        String plan = p.monthlyEur() == null
                ? "{\"kind\":\"QUOTE_ONLY\",\"lines\":[],\"unpriced\":[]}"
                : "{\"kind\":\"FIXED_FEE\",\"lines\":[{\"title\":\"Forfait\",\"basis\":\"FLAT\",\"quantity\":1,"
                        + "\"unitPriceEur\":" + p.monthlyEur() + ",\"monthlyEur\":" + p.monthlyEur()
                        + ",\"reason\":\"FIXED_FEE_FOR_FLEET\"}],\"monthlyEur\":" + p.monthlyEur()
                        + ",\"yearlyEur\":" + p.monthlyEur().multiply(BigDecimal.valueOf(12)) + ",\"unpriced\":[]}";
        return "{\"providerId\":\"" + p.id() + "\",\"plan\":" + plan + "}";
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
