package io.vetted.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the public company register (recherche-entreprises) over real HTTP: {@code GET
 * /search?q=<siren>} answers {@code {"results":[...],"total_results":N}} with the companies a test
 * registered, none for an unknown SIREN, or 503 while the register is "down".
 */
public final class FakeCompanyRegister implements AutoCloseable {

    private final Map<String, String> companies = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final HttpServer server;
    private volatile boolean down;

    public FakeCompanyRegister() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/search", this::search);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The register lists {@code siren} as an active company named {@code name}. */
    public FakeCompanyRegister active(String siren, String name) {
        companies.put(siren, company(siren, name, "A"));
        return this;
    }

    /** The register lists {@code siren} as a ceased company. */
    public FakeCompanyRegister closed(String siren, String name) {
        companies.put(siren, company(siren, name, "C"));
        return this;
    }

    /** While down, every lookup answers 503. */
    public void down(boolean isDown) {
        down = isDown;
    }

    /** How many lookups the register received. */
    public int lookups() {
        return lookups.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void search(HttpExchange exchange) throws IOException {
        lookups.incrementAndGet();
        if (down) {
            respond(exchange, 503, "{\"erreur\":\"Service indisponible\"}");
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String q = "";
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("q=")) {
                q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8).replace(" ", "");
            }
        }
        String found = companies.get(q);
        respond(
                exchange,
                200,
                found == null
                        ? "{\"results\":[],\"total_results\":0,\"page\":1,\"per_page\":10,\"total_pages\":0}"
                        : "{\"results\":[" + found + "],\"total_results\":1,\"page\":1,\"per_page\":10,"
                                + "\"total_pages\":1}");
    }

    private static String company(String siren, String name, String state) {
        String quoted = name.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"siren\":\"" + siren + "\",\"nom_complet\":\"" + quoted + "\",\"nom_raison_sociale\":\"" + quoted
                + "\",\"etat_administratif\":\"" + state + "\",\"siege\":{\"siret\":\"" + siren
                + "00017\",\"code_postal\":\"69003\",\"libelle_commune\":\"LYON\",\"etat_administratif\":\"" + state
                + "\"},\"nature_juridique\":\"5710\",\"matching_etablissements\":[]}";
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
