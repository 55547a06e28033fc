package io.vetted.e2e;

import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Company identity through vendor-service's API, as owners and moderators' clients would: checks
 * of a company, changes of a published profile's identity, and what waits in the identity queue.
 */
final class Identities implements AutoCloseable {

    static final byte[] KBIS =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final Platform platform;
    private final Api api;
    private final HttpClient vendor;

    Identities(Platform platform, Api api) {
        this.platform = platform;
        this.api = api;
        try {
            this.vendor = HttpClient.create(
                    URI.create(platform.address(platform.vendor)).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A published profile the register lists as the active company {@code legalName}, with a Kbis check asked. */
    UUID checkAsked(String owner, String name, String siren, String legalName) {
        platform.register().active(siren, legalName);
        UUID provider = api.publishedProvider(owner, name, "Toulouse", "HELPDESK", null, siren);
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(registerState(owner)));
        Object document = vendor.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/providers/" + provider + "/documents", KBIS)
                                .contentType("application/pdf")
                                .bearerAuth(owner),
                        JSON)
                .body()
                .get("id");
        api.vendorCall(HttpRequest.POST(
                        "/api/providers/" + provider + "/company-checks",
                        Map.of("evidence", "KBIS", "documentId", document))
                .bearerAuth(owner));
        return provider;
    }

    /** The first entry of {@code kind} about {@code provider} waiting in the identity queue. */
    @SuppressWarnings("unchecked")
    Map<String, Object> waiting(String moderator, String kind, UUID provider) {
        return ((List<Map<String, Object>>)
                        api.vendorCall(HttpRequest.GET("/api/moderation/identity?size=100&kind=" + kind)
                                        .bearerAuth(moderator))
                                .body()
                                .get("entries"))
                .stream()
                        .filter(e -> provider.toString().equals(e.get("providerId")))
                        .findFirst()
                        .orElseThrow();
    }

    /** A moderator accepts the company check the owner of {@code provider} asked for. */
    void acceptCheck(String moderator, UUID provider) {
        api.vendorCall(HttpRequest.POST(
                        "/api/moderation/company-checks/"
                                + waiting(moderator, "COMPANY_CHECK", provider).get("id") + "/decision",
                        Map.of("outcome", "ACCEPTED", "reason", "Kbis conforme"))
                .bearerAuth(moderator));
    }

    /** The owner changes the identity section: {@code changes} over what the profile says now. */
    void editIdentity(String owner, UUID provider, Map<String, Object> changes) {
        Map<String, Object> mine = api.vendorCall(
                        HttpRequest.GET("/api/providers/mine").bearerAuth(owner))
                .body();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("version", "name", "kind", "siren", "city", "website")) {
            if (mine.get(field) != null) {
                body.put(field, mine.get(field));
            }
        }
        body.putAll(changes);
        api.vendorCall(HttpRequest.PUT("/api/providers/" + provider + "/identity", body)
                .bearerAuth(owner));
    }

    /** A GET of the site at {@code url} with the session of {@code accessToken}, redirects not followed. */
    java.net.http.HttpResponse<byte[]> asSignedIn(String accessToken, String url)
            throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "__Host-vetted_session=" + accessToken)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @SuppressWarnings("unchecked")
    private Object registerState(String owner) {
        Map<String, Object> mine = api.vendorCall(
                        HttpRequest.GET("/api/providers/mine").bearerAuth(owner))
                .body();
        return ((Map<String, Object>) ((Map<String, Object>) mine.get("company")).get("owner")).get("registerState");
    }

    @Override
    public void close() {
        vendor.close();
    }
}
