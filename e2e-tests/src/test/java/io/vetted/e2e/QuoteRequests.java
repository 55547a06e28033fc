package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sets up a buyer's shortlist and quote requests through buyer-service's real API, for browser tests. */
final class QuoteRequests implements AutoCloseable {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(JSON);

    private final HttpClient buyer;

    QuoteRequests(Platform platform) {
        try {
            buyer = HttpClient.create(
                    URI.create(platform.address(platform.buyer)).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SME's first requirements: a fleet of {@code users} users. */
    void requirements(String sme, int users) {
        call(HttpRequest.PUT(
                        "/api/buyer/requirements",
                        Map.of("fleet", Map.of("users", users, "workstations", users, "servers", 1)))
                .bearerAuth(sme));
    }

    /** A new shortlist holding the providers. */
    String shortlist(String sme, UUID... providers) {
        String list = (String) call(HttpRequest.POST("/api/buyer/shortlists", Map.of("name", "Infogérance"))
                        .bearerAuth(sme))
                .get("id");
        Arrays.stream(providers)
                .forEach(p ->
                        call(HttpRequest.POST("/api/buyer/shortlists/" + list + "/entries", Map.of("providerId", p))
                                .bearerAuth(sme)));
        return list;
    }

    /** @return the request's id */
    String send(String sme, String shortlist, UUID provider, String message) {
        List<Map<String, Object>> sent = buyer.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/buyer/shortlists/" + shortlist + "/quote-requests",
                                        Map.of(
                                                "providerIds",
                                                List.of(provider),
                                                "message",
                                                message,
                                                "company",
                                                "Cabinet Lumière"))
                                .bearerAuth(sme),
                        LIST);
        return (String) sent.get(0).get("id");
    }

    void answer(String provider, String quote, Map<String, Object> answer) {
        call(HttpRequest.PUT("/api/quote-inbox/" + quote + "/answer", answer).bearerAuth(provider));
    }

    /** A fixed monthly fee that promises a slower critical response than {@code criticalMinutes}. */
    static Map<String, Object> slowerAnswer(int amount, int criticalMinutes) {
        return Map.of(
                "pricingModel",
                "MONTHLY_FIXED",
                "monthlyAmountEur",
                amount,
                "includedServices",
                "Support à distance, sauvegardes",
                "criticalResponseMinutes",
                criticalMinutes,
                "afterHours",
                "ON_CALL",
                "priceChangeNoticeDays",
                30);
    }

    private Map<String, Object> call(MutableHttpRequest<?> request) {
        return buyer.toBlocking().exchange(request, JSON).body();
    }

    @Override
    public void close() {
        buyer.close();
    }
}
