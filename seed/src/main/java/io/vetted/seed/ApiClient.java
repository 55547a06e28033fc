package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Just enough HTTP to drive the public APIs as a real client would. */
final class ApiClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    final String identity;
    final String vendor;
    final String review;

    ApiClient(String identity, String vendor, String review) {
        this.identity = identity;
        this.vendor = vendor;
        this.review = review;
    }

    Response get(String url, String token) throws IOException, InterruptedException {
        return send("GET", url, null, token);
    }

    Response post(String url, Object body, String token) throws IOException, InterruptedException {
        return send("POST", url, body, token);
    }

    Response put(String url, Object body, String token) throws IOException, InterruptedException {
        return send("PUT", url, body, token);
    }

    private Response send(String method, String url, Object body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        return new Response(response.statusCode(), parsed);
    }

    record Response(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        Response orThrow(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " failed with " + status + ": " + body);
            }
            return this;
        }
    }
}
