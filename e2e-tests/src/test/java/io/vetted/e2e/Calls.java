package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;

/** Raw calls for security tests: any method, any token, and the answer whatever its status. */
final class Calls implements AutoCloseable {

    private static final Argument<Object> JSON = Argument.OBJECT_ARGUMENT;
    private static final JsonMapper MAPPER = JsonMapper.createDefault();

    private final HttpClient client;

    Calls(String baseUrl) {
        try {
            client = HttpClient.create(URI.create(baseUrl).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Answer send(String method, String path, String token, Object body) {
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(method), path);
        if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Answer(response.code(), parse(response.body()), response.header("Retry-After"));
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.code(),
                    parse(e.getResponse().getBody(String.class).orElse(null)),
                    e.getResponse().header("Retry-After"));
        }
    }

    private static Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(text, JSON);
        } catch (IOException e) {
            return text;
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    @Override
    public void close() {
        client.close();
    }

    record Answer(int status, Object body, String retryAfter) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }
    }
}
