package io.vetted.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's HTTP conversation with web-ui, without a browser: its cookies kept between calls
 * whichever address (a web-ui replica or the load balancer in front of them) answered, and forms
 * posted with the CSRF token of the last page that carried one, as the page's hidden field would.
 */
final class Visitor {

    static final String SESSION_COOKIE = "__Host-vetted_session";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final CookieJar cookies = new CookieJar();
    private String csrf;

    record Page(int status, String body, String location) {

        boolean signedIn() {
            return body.contains("data-testid=\"signed-in-as\"");
        }
    }

    Page get(String url) {
        return send(request(url).GET());
    }

    /** Posts {@code fields} with the CSRF token the last page gave this visitor. */
    Page post(String url, Map<String, String> fields) {
        if (csrf == null) {
            throw new IllegalStateException("no page with a form was read before posting to " + url);
        }
        return postWithToken(url, fields, csrf);
    }

    Page postWithToken(String url, Map<String, String> fields, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", token);
        form.putAll(fields);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    boolean has(String cookie) {
        return cookies.has(cookie);
    }

    private HttpRequest.Builder request(String url) {
        return cookies.onto(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", ACCEPT));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.keep(response);
            Matcher field = CSRF_FIELD.matcher(response.body());
            if (field.find()) {
                csrf = field.group(1);
            }
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
