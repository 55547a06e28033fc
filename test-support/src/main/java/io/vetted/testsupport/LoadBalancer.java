package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real load balancer in front of replicated services: one HAProxy process (Debian's
 * {@code haproxy}, as an operator would run it), one frontend per service balancing round-robin over
 * its replicas, each checked on its management port's {@code /health/readiness}. Its statistics
 * (CSV) tell a test which replica served how many requests.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path config;
    private final Path log;
    private final int statsPort = Ports.free();
    private final Map<String, Frontend> frontends = new LinkedHashMap<>();
    private Process process;

    private record Frontend(int port, List<ServiceProcess> replicas) {}

    public LoadBalancer(Path home, Path logDirectory) {
        this.config = home.resolve("haproxy.cfg");
        this.log = logDirectory.resolve("haproxy.log");
    }

    /** A frontend named {@code name} on {@code port}, balancing over {@code replicas}; answers its URL. */
    public String frontend(String name, int port, List<ServiceProcess> replicas) {
        frontends.put(name, new Frontend(port, List.copyOf(replicas)));
        return "http://localhost:" + port;
    }

    public LoadBalancer start() {
        try {
            Files.writeString(config, configuration());
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(executable(), "-f", config.toString(), "-db")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String configuration() {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    balance roundrobin
                    option forwardfor
                    option httpchk GET /health/readiness
                    http-check expect status 200
                    retries 2
                    option redispatch 1
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout http-keep-alive 5s
                    default-server inter 1s fall 2 rise 1
                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /stats
                """.formatted(statsPort));
        frontends.forEach((name, frontend) -> {
            cfg.append("listen ").append(name).append('\n');
            cfg.append("    bind 127.0.0.1:").append(frontend.port()).append('\n');
            for (int i = 0; i < frontend.replicas().size(); i++) {
                ServiceProcess replica = frontend.replicas().get(i);
                cfg.append("    server r")
                        .append(i + 1)
                        .append(" 127.0.0.1:")
                        .append(replica.port())
                        .append(" check port ")
                        .append(URI.create(replica.managementUrl()).getPort())
                        .append('\n');
            }
        });
        return cfg.toString();
    }

    /** Waits until HAProxy sees every replica of every frontend healthy. */
    public void awaitAllUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("haproxy is not running: " + tail());
            }
            try {
                List<Map<String, String>> rows = statistics();
                last = rows.toString();
                if (rows.stream().filter(row -> isReplica(row)).allMatch(row -> "UP".equals(row.get("status")))
                        && rows.stream().anyMatch(LoadBalancer::isReplica)) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                last = notYet.getMessage();
            }
            sleep();
        }
        throw new IllegalStateException("haproxy does not see every replica up: " + last);
    }

    /**
     * How many HTTP requests the {@code index}th replica (from 0) of frontend {@code name} answered:
     * the server's {@code hrsp_*} counters, every answer whatever its status.
     */
    public long served(String name, int index) {
        return statistics().stream()
                .filter(row -> name.equals(row.get("# pxname")) && ("r" + (index + 1)).equals(row.get("svname")))
                .mapToLong(row ->
                        Arrays.asList("hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx", "hrsp_other").stream()
                                .map(row::get)
                                .filter(value -> value != null && !value.isEmpty())
                                .mapToLong(Long::parseLong)
                                .sum())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no replica " + index + " of " + name));
    }

    private static boolean isReplica(Map<String, String> row) {
        return !"stats".equals(row.get("# pxname"))
                && !"FRONTEND".equals(row.get("svname"))
                && !"BACKEND".equals(row.get("svname"));
    }

    private List<Map<String, String>> statistics() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            String[] lines = HTTP.send(request, HttpResponse.BodyHandlers.ofString())
                    .body()
                    .split("\n");
            String[] header = lines[0].split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < Math.min(header.length, cells.length); c++) {
                    row.put(header[c], cells[c]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("haproxy's statistics do not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String executable() {
        Path debian = Path.of("/usr/sbin/haproxy");
        return Files.isExecutable(debian) ? debian.toString() : "haproxy";
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
