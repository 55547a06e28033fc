package io.vetted.buyer.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.requirements.RequirementsOperations;
import io.vetted.buyer.shortlist.EntryStatus;
import io.vetted.buyer.shortlist.ShortlistPayloads;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sending quote requests from a shortlist: the snapshot, the statuses, retries, the daily limit, bad input. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteApiTest implements QuoteTest {

    @Inject
    QuoteClient quotes;

    @Inject
    WorkspaceClient shortlists;

    @Inject
    Requirements requirements;

    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    HttpClient http;

    @io.micronaut.http.client.annotation.Client("/")
    interface Requirements extends RequirementsOperations {}

    private final TestIssuer.TestAccount buyer = TestIssuer.shared().account("SME");

    @Test
    void sendsTheRequirementsAndMessageAndMarksTheEntryQuoteRequested() {
        UUID alpha = profiles().publish(QuoteTest.alpha());
        try (var ignored = BearerToken.as(buyer)) {
            requirements.save(QuoteTest.tenUsers());
            UUID list = shortlistWith(alpha);
            var sent = quotes.send(
                    list, new QuotePayloads.Send(List.of(alpha), "Devis pour 10 postes", "Cabinet Lumière"));
            assertThat(sent.code()).isEqualTo(201);
            assertThat(sent.body()).singleElement().satisfies(q -> {
                assertThat(q.providerName()).isEqualTo("Alpha Infogérance");
                assertThat(q.message()).isEqualTo("Devis pour 10 postes");
                assertThat(q.status()).isEqualTo(QuoteStatus.OPEN);
                assertThat(q.revealed()).isFalse();
            });
            assertThat(shortlists.shortlist(list).entries())
                    .singleElement()
                    .satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.QUOTE_REQUESTED));
            assertThat(quotes.quotes())
                    .extracting(QuotePayloads.BuyerQuote::id)
                    .containsExactly(sent.body().get(0).id());
        }
    }

    @Test
    void aRetriedSendReturnsTheOpenRequestInsteadOfSendingASecond() {
        UUID alpha = profiles().publish(QuoteTest.alpha());
        var account = TestIssuer.shared().account("SME");
        try (var ignored = BearerToken.as(account)) {
            UUID list = shortlistWith(alpha);
            var request = new QuotePayloads.Send(List.of(alpha), "Bonjour", null);
            UUID first = quotes.send(list, request).body().get(0).id();
            var retried = quotes.send(list, request);
            assertThat(retried.code()).isEqualTo(200);
            assertThat(retried.body()).extracting(QuotePayloads.BuyerQuote::id).containsExactly(first);
            assertThat(quotes.quotes()).hasSize(1);
        }
    }

    @Test
    void refusesSendsPastTheDailyLimitWith429AndSendsNoneOfThem() {
        var account = TestIssuer.shared().account("SME");
        try (var ignored = BearerToken.as(account)) {
            // the test limit is 4 a day
            List<UUID> three = List.of(
                    profiles().publish(QuoteTest.alpha()),
                    profiles().publish(QuoteTest.alpha()),
                    profiles().publish(QuoteTest.alpha()));
            UUID first = shortlistWith(three.toArray(UUID[]::new));
            quotes.send(first, new QuotePayloads.Send(three, "Bonjour", null));
            UUID two = profiles().publish(QuoteTest.alpha());
            UUID other = profiles().publish(QuoteTest.alpha());
            UUID second = shortlistWith(two, other);
            assertThatThrownBy(() -> quotes.send(second, new QuotePayloads.Send(List.of(two, other), "Bonjour", null)))
                    .satisfies(e -> assertThat(Problems.assertProblem(e, HttpStatus.TOO_MANY_REQUESTS)
                                    .get("detail"))
                            .asString()
                            .contains("4 quote requests in 24 hours"));
            assertThat(quotes.quotes()).hasSize(3);
            assertThat(quotes.send(second, new QuotePayloads.Send(List.of(two), "Bonjour", null))
                            .code())
                    .isEqualTo(201);
        }
    }

    @Test
    void refusesAProviderThatIsNotOnTheShortlistWith422NamingIt() {
        UUID alpha = profiles().publish(QuoteTest.alpha());
        UUID elsewhere = profiles().publish(QuoteTest.alpha());
        try (var ignored = BearerToken.as(buyer)) {
            UUID list = shortlistWith(alpha);
            assertThatThrownBy(
                            () -> quotes.send(list, new QuotePayloads.Send(List.of(alpha, elsewhere), "Bonjour", null)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "providerIds[1]"));
        }
    }

    @Test
    void refusesAnEmptyMessageWith400NamingIt() {
        UUID alpha = profiles().publish(QuoteTest.alpha());
        try (var ignored = BearerToken.as(buyer)) {
            UUID list = shortlistWith(alpha);
            // raw requests: the typed client would validate before sending
            String path = "/api/buyer/shortlists/" + list + "/quote-requests";
            badInput(path, Map.of("providerIds", List.of(alpha), "message", " "), "message");
            badInput(path, Map.of("providerIds", List.of(), "message", "Bonjour"), "providerIds");
            badInput(path, Map.of("providerIds", List.of(alpha), "message", "x".repeat(2001)), "message");
            badInput(path, Map.of("providerIds", List.of("pas-un-id"), "message", "Bonjour"), "providerIds");
        }
    }

    private void badInput(String path, Map<String, Object> body, String field) {
        assertThatThrownBy(() ->
                        http.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(buyer.token())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, field));
        assertThat(quotes.quotes()).isEmpty();
    }

    private UUID shortlistWith(UUID... providers) {
        UUID list = shortlists
                .create(new ShortlistPayloads.Naming("Infogérance"))
                .body()
                .id();
        for (UUID provider : providers) {
            shortlists.add(list, new ShortlistPayloads.NewEntry(provider, null));
        }
        return list;
    }
}
