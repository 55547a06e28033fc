package io.vetted.review;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vetted.testsupport.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays identity-service's internal endpoints over real HTTP in review-service's tests: service
 * tokens (signed by {@link TestIssuer}), the linkage check (accounts a test links) and the notices
 * it is asked to mail (recorded). The platform tests in e2e-tests run the real identity-service.
 */
public final class FakeIdentityService {

    private static final Pattern ACCOUNT = Pattern.compile("\"accountId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern NOTICE = Pattern.compile("/api/internal/accounts/([0-9a-f-]{36})/notices");

    private final Map<String, String> links = new ConcurrentHashMap<>();
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final List<String> addressNotices = new CopyOnWriteArrayList<>();
    private final List<String> moderatorNotices = new CopyOnWriteArrayList<>();
    private final HttpServer server;

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

    /** {@code author} signed in from the same device as {@code other}. */
    public void sameDevice(UUID author, UUID other) {
        links.put(author + "/" + other, "DEVICE");
    }

    /** Every notice identity-service was asked to keep, in the order they came. */
    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public List<Notice> noticesTo(UUID account) {
        return notices.stream().filter(n -> n.account().equals(account)).toList();
    }

    /** The bodies of the notices for every moderator (the queue's digest), as JSON. */
    public List<String> moderatorNotices() {
        return List.copyOf(moderatorNotices);
    }

    /** The bodies of the notices sent to an address (invitations), as JSON. */
    public List<String> noticesToAddress(String email) {
        return addressNotices.stream()
                .filter(body -> body.contains("\"email\":\"" + email + "\""))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Matcher notice = NOTICE.matcher(path);
        if (path.equals("/api/auth/service-token")) {
            respond(
                    exchange,
                    200,
                    "{\"accessToken\":\"" + TestIssuer.shared().token("service:review-service", "SERVICE")
                            + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}");
        } else if (path.equals("/api/internal/linkage/matches")) {
            Matcher account = ACCOUNT.matcher(body);
            String author = account.find() ? account.group(1) : "";
            StringBuilder matches = new StringBuilder();
            links.forEach((pair, signal) -> {
                String[] ids = pair.split("/", 2);
                if (ids[0].equals(author) && body.contains(ids[1])) {
                    matches.append(matches.length() == 0 ? "" : ",")
                            .append("{\"accountId\":\"")
                            .append(ids[1])
                            .append("\",\"signals\":[\"")
                            .append(signal)
                            .append("\"]}");
                }
            });
            respond(exchange, 200, "{\"matches\":[" + matches + "]}");
        } else if (path.equals("/api/internal/moderators/notices")) {
            moderatorNotices.add(body);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        } else if (path.equals("/api/internal/notices")) {
            addressNotices.add(body);
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        } else if (notice.matches()) {
            notices.add(new Notice(UUID.fromString(notice.group(1)), body));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        } else {
            respond(exchange, 404, "{\"status\":404}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public record Notice(UUID account, String body) {

        public String subjectEn() {
            return field("subjectEn");
        }

        /** A string field of the notice as sent (JSON-escaped), or "" when it has none. */
        public String field(String name) {
            Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                    .matcher(body);
            return value.find() ? value.group(1) : "";
        }
    }
}
