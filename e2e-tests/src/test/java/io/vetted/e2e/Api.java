package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The services' public APIs, called as any client would, with JSON maps. */
final class Api implements AutoCloseable {

    static final String PASSWORD = "mot de passe de démonstration";
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final HttpClient identity;
    private final HttpClient vendor;
    private final HttpClient review;

    Api(Platform platform) {
        identity = client(platform.identity.url());
        vendor = client(platform.vendor.url());
        review = client(platform.review.url());
    }

    /** Signs up an account and returns its access token. */
    String signUp(String role, String displayName) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.vetted.fr";
        call(identity, HttpRequest.POST("/api/accounts",
                Map.of("email", email, "password", PASSWORD, "role", role, "displayName", displayName)));
        return (String) call(identity, HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", PASSWORD)))
                .body().get("accessToken");
    }

    UUID createProvider(String token, String name, String city, String specialty, String description) {
        Map<String, Object> body = Map.of("name", name, "kind", "AGENCY", "deliveryModes", List.of("REMOTE", "ON_SITE"),
                "city", city, "specialties", List.of(specialty), "description", description,
                "offers", List.of(Map.of("title", "Forfait infogérance", "pricingModel", "MONTHLY_FIXED", "priceEur", 450)));
        return UUID.fromString((String) call(vendor, HttpRequest.POST("/api/providers", body).bearerAuth(token)).body().get("id"));
    }

    HttpResponse<Map<String, Object>> postReference(String token, UUID provider, int rating, String comment) {
        return call(review, HttpRequest.POST("/api/providers/" + provider + "/references",
                Map.of("rating", rating, "comment", comment)).bearerAuth(token));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> search(String query) {
        return (List<Map<String, Object>>) call(vendor, HttpRequest.GET("/api/providers?q=" + query)).body().get("items");
    }

    Map<String, Object> provider(UUID id) {
        return call(vendor, HttpRequest.GET("/api/providers/" + id)).body();
    }

    Map<String, Object> references(UUID provider) {
        return call(review, HttpRequest.GET("/api/providers/" + provider + "/references")).body();
    }

    private static HttpResponse<Map<String, Object>> call(HttpClient client, MutableHttpRequest<?> request) {
        BlockingHttpClient blocking = client.toBlocking();
        return blocking.exchange(request, JSON);
    }

    private static HttpClient client(String url) {
        try {
            return HttpClient.create(URI.create(url).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        identity.close();
        vendor.close();
        review.close();
    }
}
