package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** An SME's workspace made through buyer-service's API, for tests that start from it (the pages' own flows are BuyerWorkspaceBrowserIT's). */
final class BuyerFixtures {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final Platform platform;

    BuyerFixtures(Platform platform) {
        this.platform = platform;
    }

    /** A shortlist holding {@code provider}; its id. */
    String shortlist(String sme, String name, UUID provider) {
        String id = (String) call(HttpRequest.POST("/api/buyer/shortlists", Map.of("name", name))
                        .bearerAuth(sme))
                .get("id");
        call(HttpRequest.POST("/api/buyer/shortlists/" + id + "/entries", Map.of("providerId", provider))
                .bearerAuth(sme));
        return id;
    }

    /** The token of a new read-only link to the shortlist. */
    String share(String sme, String shortlist) {
        return (String) call(HttpRequest.POST("/api/buyer/shortlists/" + shortlist + "/share", Map.of())
                        .bearerAuth(sme))
                .get("token");
    }

    void saveSearch(String sme, String name, String query) {
        call(HttpRequest.POST("/api/buyer/saved-searches", Map.of("name", name, "query", query))
                .bearerAuth(sme));
    }

    private Map<String, Object> call(MutableHttpRequest<?> request) {
        try (HttpClient buyer =
                HttpClient.create(URI.create(platform.address(platform.buyer)).toURL())) {
            return buyer.toBlocking().exchange(request, JSON).body();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
