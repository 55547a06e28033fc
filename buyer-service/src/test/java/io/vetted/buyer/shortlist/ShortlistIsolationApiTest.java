package io.vetted.buyer.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Another buyer's shortlist answers 404 to every route, as if it did not exist, and stays unchanged. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortlistIsolationApiTest implements BuyerTest {

    private final TestIssuer.TestAccount owner = TestIssuer.shared().account("SME");
    private final TestIssuer.TestAccount other = TestIssuer.shared().account("SME");
    private UUID provider;
    private UUID list;

    @Inject
    ShortlistClient shortlists;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void ownersList() {
        provider = vendor().publishedProvider();
        try (var ignored = BearerToken.as(owner)) {
            list = shortlists
                    .create(new ShortlistPayloads.Naming("Privée"))
                    .body()
                    .id();
            shortlists.add(list, new ShortlistPayloads.NewEntry(provider, "Note privée"));
        }
    }

    @Test
    void anotherBuyerDoesNotSeeTheListAmongItsOwn() {
        try (var ignored = BearerToken.as(other)) {
            assertThat(shortlists.shortlists()).isEmpty();
        }
    }

    @Test
    void anotherBuyerCannotReadIt() {
        asOther(HttpRequest.GET(path("")));
    }

    @Test
    void anotherBuyerCannotRenameIt() {
        asOther(HttpRequest.PUT(path(""), Map.of("name", "Volée")));
    }

    @Test
    void anotherBuyerCannotDeleteIt() {
        asOther(HttpRequest.DELETE(path("")));
    }

    @Test
    void anotherBuyerCannotAddToIt() {
        asOther(HttpRequest.POST(path("/entries"), Map.of("providerId", provider)));
    }

    @Test
    void anotherBuyerCannotChangeAnEntry() {
        asOther(HttpRequest.PUT(path("/entries/" + provider), Map.of("status", "CHOSEN")));
    }

    @Test
    void anotherBuyerCannotRemoveAnEntry() {
        asOther(HttpRequest.DELETE(path("/entries/" + provider)));
    }

    @Test
    void anotherBuyerCannotShareIt() {
        asOther(HttpRequest.POST(path("/share"), Map.of()));
    }

    @Test
    void anotherBuyerCannotRevokeItsLink() {
        asOther(HttpRequest.DELETE(path("/share")));
    }

    private String path(String rest) {
        return "/api/buyer/shortlists/" + list + rest;
    }

    private void asOther(MutableHttpRequest<?> call) {
        // raw requests: a typed client turns a 404 into null instead of an error
        assertThatThrownBy(() -> http.toBlocking().exchange(call.bearerAuth(other.token())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        try (var ignored = BearerToken.as(owner)) {
            var mine = shortlists.shortlist(list);
            assertThat(mine.name()).isEqualTo("Privée");
            assertThat(mine.shared()).isFalse();
            assertThat(mine.entries()).singleElement().satisfies(e -> {
                assertThat(e.note()).isEqualTo("Note privée");
                assertThat(e.status()).isEqualTo(EntryStatus.TO_CONTACT);
            });
        }
    }
}
