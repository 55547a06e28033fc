package io.vetted.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * The cookies web-ui set, kept as a browser keeps them for one visitor: sent back with every
 * request, replaced when set again, dropped when cleared (an empty value or {@code Max-Age=0}).
 * web-ui's cookies are {@code __Host-} (Secure), which a browser would only send over HTTPS; the
 * tests speak plain HTTP to localhost, so the jar sends them all.
 */
public final class CookieJar {

    private final Map<String, String> cookies = new ConcurrentSkipListMap<>();

    /** Adds the Cookie header, when there is anything to send. */
    public HttpRequest.Builder onto(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** Keeps what the response's Set-Cookie headers set or clear. */
    public void keep(HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String[] pair = set.split(";", 2)[0].split("=", 2);
            String name = pair[0].strip();
            boolean cleared = pair.length < 2
                    || pair[1].isEmpty()
                    || set.toLowerCase(Locale.ROOT).contains("max-age=0");
            if (cleared) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair[1]);
            }
        }
    }

    public boolean has(String name) {
        return cookies.containsKey(name);
    }

    /** The cookies held now, name to value. */
    public Map<String, String> now() {
        return Map.copyOf(cookies);
    }
}
