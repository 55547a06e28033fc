package io.vetted.e2e.drill;

import io.vetted.e2e.CookieJar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with web-ui: a cookie jar (session, refresh and CSRF cookies as web-ui sets
 * them) and forms read from their page (hidden CSRF token and idempotency key) and posted back as
 * a browser posts them. web-ui's cookies are {@code __Host-} (Secure); browsers send them to
 * localhost over plain HTTP, and so does this jar.
 */
public final class SiteSession {

    private static final String ACCEPT = "text/html,application/xhtml+xml";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(csrfToken|idempotencyKey)\" value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Http http;
    private final String site;
    private final CookieJar cookies = new CookieJar();

    public SiteSession(Http http, String site) {
        this.http = http;
        this.site = site;
    }

    /** A page; throws on a lost connection as a browser would show an error. */
    public HttpResponse<String> get(String path) throws IOException {
        return send(request(path).GET());
    }

    /** The form on {@code path}'s page: its hidden fields (CSRF token, idempotency key), empty when absent. */
    public Map<String, String> hiddenFields(String path) throws IOException {
        HttpResponse<String> page = get(path);
        Map<String, String> fields = new LinkedHashMap<>();
        if (page.statusCode() == 200) {
            Matcher hidden = HIDDEN.matcher(page.body());
            while (hidden.find()) {
                fields.putIfAbsent(hidden.group(1), hidden.group(2));
            }
        }
        return fields;
    }

    /** Posts {@code fields} (each value a list, for repeated fields) to {@code path}. */
    public HttpResponse<String> post(String path, Map<String, List<String>> fields) throws IOException {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in form, as a person does; returns whether web-ui let them in. */
    public boolean signIn(String email, String password) throws IOException {
        Map<String, String> hidden = hiddenFields("/login");
        HttpResponse<String> answer = post(
                "/login",
                Map.of(
                        "csrfToken", List.of(hidden.getOrDefault("csrfToken", "")),
                        "email", List.of(email),
                        "password", List.of(password),
                        "returnTo", List.of("/")));
        return answer.statusCode() == 303 && !location(answer).orElse("").startsWith("/login");
    }

    /** Whether web-ui shows this session signed in (the header's account link on {@code path}). */
    public boolean signedIn(String path) throws IOException {
        HttpResponse<String> page = get(path);
        return page.statusCode() == 200 && page.body().contains("data-testid=\"signed-in-as\"");
    }

    /** The cookies the session holds now, name to value. */
    public Map<String, String> cookies() {
        return cookies.now();
    }

    public static Optional<String> location(HttpResponse<String> response) {
        return response.headers().firstValue("Location");
    }

    private HttpRequest.Builder request(String path) {
        return cookies.onto(HttpRequest.newBuilder(URI.create(site + path))
                .timeout(Http.TIMEOUT)
                .header("Accept", ACCEPT));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> response =
                http.counted("web-ui", () -> client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        cookies.keep(response);
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
