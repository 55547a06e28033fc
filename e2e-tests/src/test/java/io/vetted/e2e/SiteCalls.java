package io.vetted.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls web-ui as a browser would: a signed-in caller's access token in the session cookie, and
 * each form posted with the CSRF token of that caller's own session (the hidden field and the
 * cookie the home page gave it), so that the answer shows what the route lets the caller do rather
 * than a CSRF refusal. Forms are posted with nothing but that token, their body a moment after their
 * headers (see {@link SplitArrival}). Pages are asked for as HTML,
 * which is what makes web-ui send an anonymous visitor to the sign-in page rather than answer 401.
 */
final class SiteCalls {

    static final String SESSION_COOKIE = "__Host-vetted_session";
    private static final String CSRF_COOKIE = "__Host-csrfToken";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    // a page that never answers fails the matrix with its route named, rather than hanging it
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String site;
    private final Map<String, Csrf> tokens = new HashMap<>();

    SiteCalls(String site) {
        this.site = site;
    }

    /** {@code accessToken} is null for an anonymous visitor. */
    AuthorizationMatrix.Answer send(String method, String path, String accessToken) {
        return send(method, path, accessToken, "");
    }

    /**
     * As {@link #send(String, String, String)}, a form carrying {@code fields} (already encoded,
     * e.g. {@code name=a%00b}) after the visitor's CSRF token.
     */
    AuthorizationMatrix.Answer send(String method, String path, String accessToken, String fields) {
        List<String> cookies = new ArrayList<>();
        if (accessToken != null) {
            cookies.add(SESSION_COOKIE + "=" + accessToken);
        }
        if (!"GET".equals(method)) {
            Csrf csrf = csrf(accessToken);
            cookies.add(CSRF_COOKIE + "=" + csrf.cookie());
            return SplitArrival.send(
                    URI.create(site + path),
                    method,
                    List.of("Accept: " + ACCEPT, "Cookie: " + String.join("; ", cookies)),
                    "application/x-www-form-urlencoded",
                    "csrfToken=" + URLEncoder.encode(csrf.field(), StandardCharsets.UTF_8)
                            + (fields.isEmpty() ? "" : "&" + fields),
                    TIMEOUT);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + path))
                .header("Accept", ACCEPT)
                .timeout(TIMEOUT)
                .GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        HttpResponse<String> response = send(request.build());
        return new AuthorizationMatrix.Answer(
                response.statusCode(), response.headers().firstValue("Location").orElse(null));
    }

    private Csrf csrf(String accessToken) {
        return tokens.computeIfAbsent(accessToken == null ? "" : accessToken, session -> {
            HttpRequest.Builder home = HttpRequest.newBuilder(URI.create(site + "/"));
            if (!session.isEmpty()) {
                home.header("Cookie", SESSION_COOKIE + "=" + session);
            }
            HttpResponse<String> page = send(home.build());
            Matcher field = CSRF_FIELD.matcher(page.body());
            String cookie = page.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith(CSRF_COOKIE + "="))
                    .map(value -> value.substring(CSRF_COOKIE.length() + 1).split(";", 2)[0])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the home page set no CSRF cookie"));
            if (!field.find()) {
                throw new IllegalStateException("the home page has no form with a CSRF token");
            }
            return new Csrf(cookie, field.group(1));
        });
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new IllegalStateException(
                    "web-ui did not answer " + request.method() + " "
                            + request.uri().getPath() + " within " + TIMEOUT.toSeconds() + " s",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "web-ui gave no answer to " + request.method() + " "
                            + request.uri().getPath(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Csrf(String cookie, String field) {}
}
