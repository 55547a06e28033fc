package io.vetted.review.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A prospective client asks to talk to a reference's author; contact details flow only on acceptance. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactApiTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ContactClient contacts;

    @Inject
    ReferenceClient references;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theAuthorSeesWhoAsksAndTheRequesterGetsTheContactOnlyOnceAccepted() {
        var author = TestIssuer.shared().account("SME");
        var requester = TestIssuer.shared().account("SME");
        ReferenceResponse reference = write(author.token(), true);
        ContactRequestResponse asked;
        try (var ignored = BearerToken.as(requester)) {
            asked = contacts.ask(
                            reference.id(),
                            new ContactRequests.Ask("Pharmacie du Centre", "Comment gèrent-ils les urgences ?"))
                    .body();
            assertThat(asked.sharedContact()).isNull();
        }
        try (var ignored = BearerToken.as(author)) {
            assertThat(contacts.received()).singleElement().satisfies(r -> {
                assertThat(r.requesterCompany()).isEqualTo("Pharmacie du Centre");
                assertThat(r.message()).isEqualTo("Comment gèrent-ils les urgences ?");
            });
            contacts.accept(asked.id(), new ContactRequests.Accept("Claire, 06 12 34 56 78, après 17 h"));
        }
        try (var ignored = BearerToken.as(requester)) {
            assertThat(contacts.sent()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(ContactStatus.ACCEPTED);
                assertThat(r.sharedContact()).isEqualTo("Claire, 06 12 34 56 78, après 17 h");
            });
        }
    }

    @Test
    void aDeclinedRequestSharesNothing() {
        var author = TestIssuer.shared().account("SME");
        var requester = TestIssuer.shared().account("SME");
        ReferenceResponse reference = write(author.token(), true);
        ContactRequestResponse asked;
        try (var ignored = BearerToken.as(requester)) {
            asked = contacts.ask(reference.id(), new ContactRequests.Ask("Garage Lefèvre", "Un appel de 10 minutes ?"))
                    .body();
        }
        try (var ignored = BearerToken.as(author)) {
            contacts.decline(asked.id());
        }
        try (var ignored = BearerToken.as(requester)) {
            assertThat(contacts.sent()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(ContactStatus.DECLINED);
                assertThat(r.sharedContact()).isNull();
            });
        }
    }

    @Test
    void refusesARequestToAnAuthorWhoDoesNotAcceptContactWith422() {
        ReferenceResponse reference = write(TestIssuer.shared().account("SME").token(), false);
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> contacts.ask(reference.id(), new ContactRequests.Ask("Hôtel Bellevue", "Bonjour")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "referenceId"));
        }
    }

    @Test
    void onlyTheAuthorDecidesWith404ForAnyoneElse() {
        ReferenceResponse reference = write(TestIssuer.shared().account("SME").token(), true);
        ContactRequestResponse asked;
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            asked = contacts.ask(reference.id(), new ContactRequests.Ask("Fromagerie Roux", "Disponible ?"))
                    .body();
        }
        var stranger = TestIssuer.shared().account("SME");
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/contact-requests/" + asked.id() + "/acceptance",
                                        Map.of("contactDetails", "usurpateur@exemple.fr"))
                                .bearerAuth(stranger.token())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void exportsEachSideOfAContactRequestWithoutTheOtherPersonsAccountId() {
        var author = TestIssuer.shared().account("SME");
        var requester = TestIssuer.shared().account("SME");
        ReferenceResponse reference = write(author.token(), true);
        try (var ignored = BearerToken.as(requester)) {
            contacts.ask(reference.id(), new ContactRequests.Ask("Menuiserie Petit", "Un retour sur leur support ?"));
        }

        assertThat(export(requester)).contains("Menuiserie Petit").doesNotContain(author.id());
        assertThat(export(author)).contains("Menuiserie Petit").doesNotContain(requester.id());
    }

    private String export(TestIssuer.TestAccount account) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/api/internal/gdpr/accounts/" + account.id())
                        .bearerAuth(TestIssuer.shared().token("service:identity-service", "SERVICE")));
    }

    private ReferenceResponse write(String token, boolean contactAllowed) {
        var r = SampleReferences.request(4, "Très bonne collaboration, deux ans.");
        try (var ignored = BearerToken.as(token)) {
            return references
                    .create(
                            vendor.knownProvider(),
                            null,
                            new ReferenceRequest(
                                    r.company(),
                                    r.engagement(),
                                    r.rating(),
                                    r.criteria(),
                                    r.wouldRecommend(),
                                    r.facts(),
                                    r.comment(),
                                    contactAllowed,
                                    null,
                                    null))
                    .body();
        }
    }
}
