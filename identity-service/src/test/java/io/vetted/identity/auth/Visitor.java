package io.vetted.identity.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/**
 * Someone calling identity-service from one network address (and perhaps one browser), as web-ui
 * forwards them: tests connect from loopback, a trusted proxy, so {@code X-Forwarded-For} counts.
 */
record Visitor(HttpClient http, String address, @Nullable String device) {

    static Visitor at(HttpClient http, String address) {
        return new Visitor(http, address, null);
    }

    Visitor withDevice(String id) {
        return new Visitor(http, address, id);
    }

    TokenResponse login(String email, String password) {
        return http.toBlocking()
                .retrieve(
                        from(HttpRequest.POST("/api/auth/login", new LoginRequest(email, password))),
                        TokenResponse.class);
    }

    /** The status a sign-in attempt gets (200 when it succeeds). */
    int tryLogin(String email, String password) {
        try {
            login(email, password);
            return 200;
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    /** {@code Retry-After} of a refused sign-in, in seconds. */
    long retryAfter(String email, String password) {
        try {
            login(email, password);
            throw new AssertionError("sign-in was not refused");
        } catch (HttpClientResponseException e) {
            if (e.code() != 429) {
                throw new AssertionError("expected 429, got " + e.code());
            }
            return Long.parseLong(e.getResponse().header("Retry-After"));
        }
    }

    void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            tryLogin(email, "guess number " + i);
        }
    }

    int post(String path, Map<String, String> body, @Nullable String accessToken) {
        MutableHttpRequest<?> request = from(HttpRequest.POST(path, body));
        return send(accessToken == null ? request : request.bearerAuth(accessToken));
    }

    int put(String path, Map<String, String> body, String accessToken) {
        return send(from(HttpRequest.PUT(path, body)).bearerAuth(accessToken));
    }

    private int send(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private <T> MutableHttpRequest<T> from(MutableHttpRequest<T> request) {
        request.header("X-Forwarded-For", address);
        if (device != null) {
            request.header("X-Vetted-Device", device);
        }
        return request;
    }
}
