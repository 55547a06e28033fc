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
import java.util.Set;

/**
 * The declared expectations of {@code authorization-matrix.txt}: for each endpoint, what each kind
 * of caller must get: a status, {@code login} or {@code mfa} for web-ui's redirects to the sign-in
 * page or to setting up a second factor, or {@code ok} for served (any answer but 401, 403, 405, a
 * server error or one of those redirects: a 400 or 422 for the empty body or form the matrix sends,
 * or a 404 for an id it made up, still proves the caller got past authorization). Object-level
 * rules are written as the exact status another caller gets for the fixture's real ids (403 or 404).
 */
final class AuthorizationMatrix {

    static final List<String> CALLERS = List.of("anonymous", "sme", "other-provider", "owner", "moderator", "service");

    private final Map<Endpoint, List<String>> expectations = new LinkedHashMap<>();

    static AuthorizationMatrix load() {
        AuthorizationMatrix matrix = new AuthorizationMatrix();
        var in = Objects.requireNonNull(AuthorizationMatrix.class.getResourceAsStream("/authorization-matrix.txt"));
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] cells = line.split("\\s+");
                        if (cells.length != 3 + CALLERS.size()) {
                            throw new IllegalArgumentException(
                                    "authorization-matrix.txt: wrong number of columns in: " + line);
                        }
                        matrix.expectations.put(
                                new Endpoint(cells[0], cells[1], cells[2]),
                                List.of(cells).subList(3, cells.length));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    List<String> expected(Endpoint endpoint) {
        return expectations.get(endpoint);
    }

    Set<Endpoint> declared() {
        return expectations.keySet();
    }

    static boolean matches(String expected, Answer answer) {
        return "ok".equals(expected)
                ? Set.of("ok", "404").contains(answer.describe())
                : expected.equals(answer.describe());
    }

    /** An answer as the matrix reads it: its status, and where it redirects to, if anywhere. */
    record Answer(int status, String location) {

        /** How the answer is written in the matrix: a redirect the notation names, its status, or {@code ok}. */
        String describe() {
            if (status / 100 == 3 && location != null && location.startsWith("/login")) {
                return "login";
            }
            if (status / 100 == 3 && location != null && location.startsWith("/account/mfa?required")) {
                return "mfa";
            }
            return status == 401 || status == 403 || status == 404 || status == 405 || status >= 500
                    ? String.valueOf(status)
                    : "ok";
        }
    }

    record Endpoint(String service, String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return (order() + service + path).compareTo(other.order() + other.service + other.path);
        }

        /**
         * Reads before writes, withdrawals and deletions last: what the matrix takes away no other
         * row needs afterwards (web-ui's forms act on the fixture's reference after the APIs do).
         */
        String order() {
            if (method.equals("GET") || method.equals("HEAD")) {
                return "1" + method;
            }
            return method.equals("DELETE") || path.endsWith("/withdraw") || path.endsWith("/withdrawal")
                    ? "9" + method
                    : "5" + method;
        }

        String line(List<String> cells) {
            return String.format("%-9s %-7s %-62s %s", service, method, path, String.join(" ", cells));
        }
    }
}
