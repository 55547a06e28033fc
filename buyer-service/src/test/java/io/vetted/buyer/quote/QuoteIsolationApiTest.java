package io.vetted.buyer.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.shortlist.ShortlistPayloads;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A buyer sees only its own requests, a provider only those addressed to it; the roles keep to their routes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteIsolationApiTest implements QuoteTest {

    private final TestIssuer.TestAccount owner = TestIssuer.shared().account("SME");
    private final TestIssuer.TestAccount otherBuyer = TestIssuer.shared().account("SME");
    private final TestIssuer.TestAccount addressee = TestIssuer.shared().account("PROVIDER");
    private final TestIssuer.TestAccount otherProvider = TestIssuer.shared().account("PROVIDER");
    private UUID provider;
    private UUID list;
    private UUID quote;

    @Inject
    QuoteClient quotes;

    @Inject
    InboxClient inbox;

    @Inject
    WorkspaceClient shortlists;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void ownersRequest() {
        provider = profiles().publish(QuoteTest.alpha());
        profiles().member(addressee.id(), provider);
        profiles().member(otherProvider.id(), profiles().publish(QuoteTest.alpha()));
        try (var ignored = BearerToken.as(owner)) {
            list = shortlists
                    .create(new ShortlistPayloads.Naming("Privée"))
                    .body()
                    .id();
            shortlists.add(list, new ShortlistPayloads.NewEntry(provider, null));
            quote = quotes.send(list, new QuotePayloads.Send(List.of(provider), "Bonjour", null))
                    .body()
                    .get(0)
                    .id();
        }
    }

    @Test
    void anotherBuyerSeesNoneOfItAndEveryRouteAnswers404() {
        try (var ignored = BearerToken.as(otherBuyer)) {
            assertThat(quotes.quotes()).isEmpty();
        }
        refused(otherBuyer, HttpRequest.GET("/api/buyer/quote-requests/" + quote), HttpStatus.NOT_FOUND);
        refused(
                otherBuyer,
                HttpRequest.POST("/api/buyer/quote-requests/" + quote + "/reveal", Map.of()),
                HttpStatus.NOT_FOUND);
        refused(
                otherBuyer,
                HttpRequest.POST("/api/buyer/quote-requests/" + quote + "/messages", Map.of("body", "Hé")),
                HttpStatus.NOT_FOUND);
        refused(otherBuyer, HttpRequest.GET("/api/buyer/shortlists/" + list + "/quote-requests"), HttpStatus.NOT_FOUND);
        refused(
                otherBuyer,
                HttpRequest.POST(
                        "/api/buyer/shortlists/" + list + "/quote-requests",
                        Map.of("providerIds", List.of(provider), "message", "Hé")),
                HttpStatus.NOT_FOUND);
        assertUntouched();
    }

    @Test
    void aProviderNeverSeesARequestAddressedToAnother() {
        try (var ignored = BearerToken.as(otherProvider)) {
            assertThat(inbox.inbox()).isEmpty();
        }
        refused(otherProvider, HttpRequest.GET("/api/quote-inbox/" + quote), HttpStatus.NOT_FOUND);
        refused(
                otherProvider,
                HttpRequest.PUT("/api/quote-inbox/" + quote + "/answer", QuoteTest.consistentAnswer()),
                HttpStatus.NOT_FOUND);
        refused(
                otherProvider,
                HttpRequest.POST("/api/quote-inbox/" + quote + "/messages", Map.of("body", "Hé")),
                HttpStatus.NOT_FOUND);
        assertUntouched();
    }

    @Test
    void aProviderAccountWithoutAProviderHasAnEmptyInbox() {
        var newcomer = TestIssuer.shared().account("PROVIDER");
        try (var ignored = BearerToken.as(newcomer)) {
            assertThat(inbox.inbox()).isEmpty();
        }
        refused(newcomer, HttpRequest.GET("/api/quote-inbox/" + quote), HttpStatus.NOT_FOUND);
    }

    @Test
    void buyersCannotUseTheInboxNorProvidersTheBuyersRoutes() {
        refused(owner, HttpRequest.GET("/api/quote-inbox"), HttpStatus.FORBIDDEN);
        refused(addressee, HttpRequest.GET("/api/buyer/quote-requests"), HttpStatus.FORBIDDEN);
        refused(addressee, HttpRequest.GET("/api/buyer/quote-requests/" + quote), HttpStatus.FORBIDDEN);
    }

    @Test
    void aProviderAnswersOnlyWithASecondFactor() {
        String passwordOnly = TestIssuer.shared().tokenWithoutMfa(addressee.id(), "PROVIDER");
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.PUT("/api/quote-inbox/" + quote + "/answer", QuoteTest.consistentAnswer())
                                .bearerAuth(passwordOnly)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        try (var ignored = BearerToken.as(addressee)) {
            assertThat(inbox.request(quote).status()).isEqualTo(QuoteStatus.OPEN);
        }
    }

    private void refused(TestIssuer.TestAccount who, MutableHttpRequest<?> call, HttpStatus status) {
        // raw requests: a typed client turns a 404 into null instead of an error
        assertThatThrownBy(() -> http.toBlocking().exchange(call.bearerAuth(who.token())))
                .satisfies(e -> Problems.assertProblem(e, status));
    }

    private void assertUntouched() {
        try (var ignored = BearerToken.as(owner)) {
            var mine = quotes.quote(quote);
            assertThat(mine.revealed()).isFalse();
            assertThat(mine.status()).isEqualTo(QuoteStatus.OPEN);
            assertThat(mine.messages()).isEmpty();
        }
    }
}
