package io.vetted.review.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each kind of write has a per-account daily limit, from configuration; past it, 429 with Retry-After. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyLimitsApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("vetted.limits.reports", "2");
        properties.put("vetted.limits.anonymous-reports", "1");
        properties.put("vetted.limits.disputes", "1");
        properties.put("vetted.limits.contact-requests", "1");
        properties.put("vetted.limits.invitations", "1");
        properties.put("vetted.limits.replies", "1");
        return properties;
    }

    @Test
    void reportsPastTheDailyLimitAnswer429WithRetryAfter() {
        String reporter = TestIssuer.shared().account("SME").token();
        post(reporter, "/api/references/" + reference().id() + "/reports", Map.of("reason", "FAKE"));
        post(reporter, "/api/references/" + reference().id() + "/reports", Map.of("reason", "FAKE"));

        assertLimited(
                () -> post(reporter, "/api/references/" + reference().id() + "/reports", Map.of("reason", "FAKE")));
    }

    @Test
    void anonymousReportsAreThrottledPerNetworkAddress() {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/references/" + reference().id() + "/reports", Map.of("reason", "OFFENSIVE"))
                        .header("X-Forwarded-For", "203.0.113.99"));

        assertLimited(() -> http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/references/" + reference().id() + "/reports", Map.of("reason", "OFFENSIVE"))
                        .header("X-Forwarded-For", "203.0.113.99")));
        assertThat(http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/references/" + reference().id() + "/reports",
                                        Map.of("reason", "OFFENSIVE"))
                                .header("X-Forwarded-For", "198.51.100.99"))
                        .code())
                .isEqualTo(201);
    }

    @Test
    void disputesPastTheDailyLimitAnswer429() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        String token = TestIssuer.shared().token(owner.toString(), "PROVIDER");
        var first = write(provider);
        var second = write(provider);
        post(token, "/api/references/" + first.id() + "/disputes", Map.of("details", "Jamais travaillé ensemble"));

        assertLimited(() ->
                post(token, "/api/references/" + second.id() + "/disputes", Map.of("details", "Inconnu chez nous")));
    }

    @Test
    void contactRequestsPastTheDailyLimitAnswer429() {
        String requester = TestIssuer.shared().account("SME").token();
        Map<String, String> ask = Map.of("company", "Hôtel Bellevue", "message", "Bonjour");
        post(requester, "/api/references/" + reference().id() + "/contact-requests", ask);

        assertLimited(() -> post(requester, "/api/references/" + reference().id() + "/contact-requests", ask));
    }

    @Test
    void invitationsPastTheDailyLimitAnswer429() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        String token = TestIssuer.shared().token(owner.toString(), "PROVIDER");
        post(token, "/api/providers/" + provider + "/invitations", Map.of("email", "un@client-un.fr"));

        assertLimited(() ->
                post(token, "/api/providers/" + provider + "/invitations", Map.of("email", "deux@client-deux.fr")));
    }

    @Test
    void repliesPastTheDailyLimitAnswer429() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        String token = TestIssuer.shared().token(owner.toString(), "PROVIDER");
        var first = write(provider);
        var second = write(provider);
        put(token, "/api/references/" + first.id() + "/reply", Map.of("body", "Merci pour ce retour."));

        assertLimited(() -> put(token, "/api/references/" + second.id() + "/reply", Map.of("body", "Merci à vous.")));
    }

    private void assertLimited(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
            Problems.assertProblem(e, HttpStatus.TOO_MANY_REQUESTS);
            assertThat(Long.parseLong(e.getResponse().header("Retry-After"))).isBetween(1L, 86_400L);
        });
    }

    private ReferenceResponse reference() {
        return write(fakes.vendor.knownProvider());
    }

    private ReferenceResponse write(UUID provider) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 4, SampleReferences.uniqueText()))
                    .body();
        }
    }

    private void post(String token, String path, Object body) {
        http.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(token));
    }

    private void put(String token, String path, Object body) {
        http.toBlocking().exchange(HttpRequest.PUT(path, body).bearerAuth(token));
    }
}
