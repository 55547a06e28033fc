package io.vetted.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declared expectations of {@code authorization-matrix.txt}: for each endpoint, what each kind
 * of caller must get: a status, or {@code ok} for served (any answer but 401, 403, 405 or a server
 * error: a 400 for the empty body the matrix sends, or a 404 for an id it made up, still proves
 * the caller got past authorization). Object-level rules are written as the exact status another
 * caller gets for the fixture's real ids (403 or 404).
 */
final class AuthorizationMatrix {

    static final List<String> CALLERS = List.of("anonymous", "sme", "other-provider", "owner", "moderator", "service");

    private final Map<Endpoint, List<String>> expectations = new LinkedHashMap<>();

    static AuthorizationMatrix load() {
        AuthorizationMatrix matrix = new AuthorizationMatrix();
        var in = Objects.requireNonNull(AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.txt"));
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split("\\s+");
                if (cells.length != 3 + CALLERS.size()) {
                    throw new IllegalArgumentException("authorization-matrix.txt: wrong number of columns in: " + line);
                }
                matrix.expectations.put(new Endpoint(cells[0], cells[1], cells[2]), List.of(cells).subList(3, cells.length));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    List<String> expected(Endpoint endpoint) {
        return expectations.get(endpoint);
    }

    java.util.Set<Endpoint> declared() {
        return expectations.keySet();
    }

    static boolean matches(String expected, int status) {
        return switch (expected) {
            case "ok" -> status != 401 && status != 403 && status != 405 && status < 500;
            default -> Integer.parseInt(expected) == status;
        };
    }

    /** How an answer is written in the matrix: its status, or {@code ok} when it was served. */
    static String describe(int status) {
        return status == 401 || status == 403 || status == 404 || status == 405 || status >= 500
                ? String.valueOf(status) : "ok";
    }

    record Endpoint(String service, String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return (order(method) + service + path).compareTo(order(other.method) + other.service + other.path);
        }

        /** Reads before writes, deletions last: what the matrix deletes no other row needs afterwards. */
        static String order(String method) {
            return switch (method) {
                case "GET", "HEAD" -> "1" + method;
                case "DELETE" -> "9" + method;
                default -> "5" + method;
            };
        }

        String line(List<String> cells) {
            return String.format("%-9s %-7s %-62s %s", service, method, path, String.join(" ", cells));
        }
    }
}
