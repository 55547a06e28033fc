package io.vetted.review;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays vendor-service over real HTTP in review-service's own tests: answers provider lookups,
 * records the reputation snapshots pushed to it, and can be taken down and brought back on the
 * same port. The platform tests in e2e-tests run the real vendor-service.
 */
public final class FakeVendorService {

    private static final Pattern PROVIDER = Pattern.compile("/api/internal/providers/([0-9a-f-]{36})");
    private static final Pattern REPUTATION = Pattern.compile("/api/internal/providers/([0-9a-f-]{36})/reputation");
    private static final Pattern BATCH_ENTRY = Pattern.compile("\"([0-9a-f-]{36})\":\\{");
    private static final Pattern LINKAGE = Pattern.compile("/api/internal/providers/([0-9a-f-]{36})/linkage");
    private static final Pattern MEMBER =
            Pattern.compile("/api/internal/providers/([0-9a-f-]{36})/members/([0-9a-f-]{36})");

    private final Map<UUID, Profile> providers = new ConcurrentHashMap<>();
    private final Set<String> members = ConcurrentHashMap.newKeySet();
    private final Map<UUID, String> websiteHistories = new ConcurrentHashMap<>();
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile HttpServer server;
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private final AtomicInteger batchCalls = new AtomicInteger();
    private final AtomicInteger memberCalls = new AtomicInteger();
    private volatile boolean takesBatches = true;

    public FakeVendorService() {
        start(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public UUID knownProvider() {
        return provider(UUID.randomUUID(), null);
    }

    /** A published provider owned by {@code owner}, with {@code website} (may be null). */
    public UUID provider(UUID owner, String website) {
        UUID id = UUID.randomUUID();
        providers.put(id, new Profile(owner, website));
        return id;
    }

    public UUID owner(UUID provider) {
        return providers.get(provider).owner();
    }

    /** Makes {@code account} a team member of {@code provider}, as contract 3 answers it. */
    public void addMember(UUID provider, String account) {
        members.add(provider + "/" + account);
    }

    /**
     * The provider's website was {@code before} until {@code changedAt}, {@code after} since
     * (contract 5's history, oldest first).
     */
    public void websiteChanged(UUID provider, String before, Instant changedAt, String after) {
        websiteHistories.put(
                provider,
                "[{\"domain\":\"" + before + "\",\"from\":\"2020-01-01T00:00:00Z\",\"until\":\"" + changedAt
                        + "\"},{\"domain\":\"" + after + "\",\"from\":\"" + changedAt + "\"}]");
    }

    /** The provider goes back to draft: lookups answer 404. */
    public void unpublish(UUID provider) {
        providers.remove(provider);
    }

    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    public List<Push> pushesFor(UUID provider) {
        return pushes.stream().filter(p -> p.provider().equals(provider)).toList();
    }

    /** How many calls carried several snapshots at once ({@code PUT /api/internal/reputations}). */
    /** How many membership checks (contract 3) were asked so far. */
    public int memberCalls() {
        return memberCalls.get();
    }

    public int batchCalls() {
        return batchCalls.get();
    }

    /** With false, answers 404 to batches, as a vendor-service older than the batch endpoint. */
    public void takesBatches(boolean takes) {
        takesBatches = takes;
    }

    /** The next {@code count} reputation pushes (single or batch) answer 503. */
    public void failNext(int count) {
        failuresToAnswer.set(count);
    }

    public synchronized void stop() {
        server.stop(0);
    }

    public synchronized void restart() {
        start(port);
    }

    private void start(int onPort) {
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), onPort), 0);
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
        Matcher member = MEMBER.matcher(path);
        Matcher linkage = LINKAGE.matcher(path);
        if ("GET".equals(exchange.getRequestMethod()) && linkage.matches()) {
            UUID id = UUID.fromString(linkage.group(1));
            Profile profile = providers.get(id);
            if (profile == null) {
                respond(exchange, 404, "{\"status\":404}");
                return;
            }
            StringBuilder team = new StringBuilder("\"" + profile.owner() + "\"");
            members.stream()
                    .filter(m -> m.startsWith(id + "/"))
                    .forEach(m -> team.append(",\"").append(m.substring(37)).append('"'));
            String history = websiteHistories.getOrDefault(
                    id,
                    profile.website() == null
                            ? "[]"
                            : "[{\"domain\":\""
                                    + URI.create(profile.website()).getHost().replaceFirst("^www\\.", "")
                                    + "\",\"from\":\"2020-01-01T00:00:00Z\"}]");
            respond(exchange, 200, "{\"teamAccountIds\":[" + team + "],\"websiteDomains\":" + history + "}");
            return;
        }
        if ("GET".equals(exchange.getRequestMethod()) && provider.matches()) {
            UUID id = UUID.fromString(provider.group(1));
            Profile profile = providers.get(id);
            boolean service = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
                    .startsWith("Bearer ");
            if (!service) {
                respond(exchange, 401, "{\"status\":401}");
            } else if (profile != null) {
                respond(
                        exchange,
                        200,
                        "{\"id\":\"" + id + "\",\"ownerAccountId\":\"" + profile.owner()
                                + "\",\"name\":\"Fake provider\""
                                + (profile.website() == null ? "" : ",\"website\":\"" + profile.website() + "\"")
                                + "}");
            } else {
                respond(exchange, 404, "{\"status\":404}");
            }
        } else if ("GET".equals(exchange.getRequestMethod()) && member.matches()) {
            memberCalls.incrementAndGet();
            boolean service = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
                    .startsWith("Bearer ");
            if (service && members.contains(member.group(1) + "/" + member.group(2))) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                respond(exchange, 404, "{\"status\":404}");
            }
        } else if ("PUT".equals(exchange.getRequestMethod())
                && "/api/internal/reputations".equals(path)
                && takesBatches) {
            pushBatch(exchange);
        } else if ("PUT".equals(exchange.getRequestMethod()) && reputation.matches()) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (failuresToAnswer.getAndUpdate(left -> left > 0 ? left - 1 : left) > 0) {
                respond(exchange, 503, "{\"status\":503}");
                return;
            }
            pushes.add(new Push(
                    UUID.fromString(reputation.group(1)),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            respond(exchange, 404, "{\"status\":404}");
        }
    }

    /** Records each snapshot of a batch as a push of its own, with the snapshot's JSON as the body. */
    private void pushBatch(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (failuresToAnswer.getAndUpdate(left -> left > 0 ? left - 1 : left) > 0) {
            respond(exchange, 503, "{\"status\":503}");
            return;
        }
        batchCalls.incrementAndGet();
        StringBuilder outcomes = new StringBuilder();
        Matcher entry = BATCH_ENTRY.matcher(body);
        int from = 0;
        while (entry.find(from)) {
            int end = closingBrace(body, entry.end() - 1);
            pushes.add(new Push(
                    UUID.fromString(entry.group(1)),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body.substring(entry.end() - 1, end + 1)));
            outcomes.append(outcomes.isEmpty() ? "" : ",")
                    .append("\"")
                    .append(entry.group(1))
                    .append("\":{\"status\":\"APPLIED\"}");
            from = end + 1;
        }
        respond(exchange, 200, "{\"outcomes\":{" + outcomes + "}}");
    }

    private static int closingBrace(String json, int open) {
        int depth = 0;
        for (int i = open; i < json.length(); i++) {
            depth += json.charAt(i) == '{' ? 1 : json.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced JSON: " + json);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    public record Push(UUID provider, String authorization, String body) {}

    private record Profile(UUID owner, String website) {}
}
