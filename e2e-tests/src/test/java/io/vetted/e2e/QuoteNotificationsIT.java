package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote notifications over the real services: buyer-service's outbox asks vendor-service who answers
 * the provider's requests and hands the notice to identity-service, whose notification centre shows
 * it to the provider; the answer comes back the same way to the buyer, and never to the one who acted.
 */
@OnPlatform(webUi = false)
class QuoteNotificationsIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Platform platform;
    private Api api;
    private HttpClient identity;
    private QuoteRequests quotes;

    @BeforeAll
    void connect() throws Exception {
        identity = HttpClient.create(
                URI.create(platform.address(platform.identity)).toURL());
        quotes = new QuoteRequests(platform);
    }

    @AfterAll
    void disconnect() {
        identity.close();
        quotes.close();
    }

    @Test
    void aQuoteRequestNotifiesTheProviderAndItsAnswerNotifiesTheBuyer() {
        String owner = api.signUp("PROVIDER", "Loire Infogérance");
        UUID provider = new VendorProfiles(api)
                .published(
                        owner,
                        "Loire Infogérance",
                        "AGENCY",
                        "Nantes",
                        "44",
                        List.of("HELPDESK"),
                        VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_SEAT", 30));
        String sme = api.signUp("SME", "Cabinet Erdre");
        quotes.requirements(sme, 10);
        String quote = quotes.send(sme, quotes.shortlist(sme, provider), provider, "Devis pour dix postes.");

        Map<String, Object> request = awaitQuoteNotification(owner);
        assertThat(request.get("link")).isEqualTo("/my/quote-inbox/" + quote);
        assertThat(quoteNotifications(sme)).isEmpty();

        quotes.answer(owner, quote, QuoteRequests.slowerAnswer(320, 240));

        Map<String, Object> answer = awaitQuoteNotification(sme);
        assertThat(answer.get("link")).isEqualTo("/my/quotes/" + quote);
        assertThat((String) answer.get("subject")).contains("Loire Infogérance");
        assertThat(quoteNotifications(owner)).hasSize(1);
    }

    private Map<String, Object> awaitQuoteNotification(String token) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<Map<String, Object>> found = quoteNotifications(token);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            sleep();
            found = quoteNotifications(token);
        }
        assertThat(found).as("QUOTE notifications").hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> quoteNotifications(String token) {
        Map<String, Object> page = identity.toBlocking()
                .retrieve(HttpRequest.GET("/api/notifications?limit=50").bearerAuth(token), JSON);
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().filter(n -> "QUOTE".equals(n.get("kind"))).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
