package io.vetted.review;

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
 * Plays the public company register (recherche-entreprises) over real HTTP: {@code GET /search?q=}
 * answers its JSON shape for the companies a test registers, and an empty result otherwise.
 */
public final class FakeCompanyRegister {

    private final Map<String, String> companies = new ConcurrentHashMap<>();
    private final AtomicInteger searches = new AtomicInteger();
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

    /** An active company. */
    public void company(String siren, String name) {
        register(siren, name, "A");
    }

    public void ceased(String siren, String name) {
        register(siren, name, "C");
    }

    /** While on, every search answers 503, as the register does when overloaded. */
    public void unavailable(boolean down) {
        this.down = down;
    }

    public int searches() {
        return searches.get();
    }

    private void register(String siren, String name, String state) {
        companies.put(
                siren,
                "{\"siren\":\"" + siren + "\",\"nom_complet\":\"" + name + "\",\"nom_raison_sociale\":\"" + name
                        + "\",\"sigle\":null,\"etat_administratif\":\"" + state + "\",\"siege\":{\"adresse\":\"12 RUE"
                        + " DE LA PAIX 75002 PARIS\",\"code_postal\":\"75002\",\"libelle_commune\":\"PARIS\"},"
                        + "\"nature_juridique\":\"5710\",\"activite_principale\":\"62.02A\"}");
    }

    private void search(HttpExchange exchange) throws IOException {
        searches.incrementAndGet();
        if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String q = "";
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("q=")) {
                q = URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8).strip();
            }
        }
        String found = companies.get(q);
        String body = "{\"results\":[" + (found == null ? "" : found) + "],\"total_results\":" + (found == null ? 0 : 1)
                + ",\"page\":1,\"per_page\":10,\"total_pages\":" + (found == null ? 0 : 1) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
