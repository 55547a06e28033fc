package io.vetted.buyer.shortlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A read-only link: anyone holding it sees the list's name, providers and statuses; nothing private. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedShortlistApiTest implements BuyerTest {

    @Inject
    ShortlistClient shortlists;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anAnonymousVisitorWithTheLinkSeesNamesProvidersAndStatusesButNoNotes() {
        UUID provider = vendor().publishedProvider();
        String path = sharedList(provider).path();

        String json = http.toBlocking().retrieve(HttpRequest.GET(path));

        assertThat(json)
                .contains("\"name\":\"Comparatif\"", provider.toString(), "REJECTED")
                .doesNotContain("Note confidentielle", "Raison privée", "note", "rejectionReason", "accountId");
    }

    @Test
    void aRevokedLinkAnswers404() {
        UUID provider = vendor().publishedProvider();
        var owner = TestIssuer.shared().account("SME");
        ShortlistPayloads.ShareLink link;
        try (var ignored = BearerToken.as(owner)) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, null));
            link = shortlists.share(list.id()).body();

            shortlists.unshare(list.id());
        }

        assertThatThrownBy(() -> open(link.token())).satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void aNewLinkReplacesThePreviousOne() {
        var owner = TestIssuer.shared().account("SME");
        ShortlistPayloads.ShareLink first;
        ShortlistPayloads.ShareLink second;
        try (var ignored = BearerToken.as(owner)) {
            var list = shortlists.create(new ShortlistPayloads.Naming("Liste")).body();
            first = shortlists.share(list.id()).body();
            second = shortlists.share(list.id()).body();
        }

        assertThat(shortlists.shared(second.token()).name()).isEqualTo("Liste");
        assertThatThrownBy(() -> open(first.token())).satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void aMadeUpTokenAnswers404() {
        assertThatThrownBy(() -> open("not-a-token")).satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void linksAreUnguessableTokens() {
        String token = sharedList(vendor().publishedProvider()).token();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
    }

    /** A raw request: a typed client turns a 404 into null instead of an error. */
    private String open(String token) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/buyer/shared-shortlists/" + token));
    }

    private ShortlistPayloads.ShareLink sharedList(UUID provider) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var list = shortlists
                    .create(new ShortlistPayloads.Naming("Comparatif"))
                    .body();
            shortlists.add(list.id(), new ShortlistPayloads.NewEntry(provider, "Note confidentielle"));
            shortlists.change(
                    list.id(),
                    provider,
                    new ShortlistPayloads.EntryChange("Note confidentielle", EntryStatus.REJECTED, "Raison privée"));
            return shortlists.share(list.id()).body();
        }
    }
}
