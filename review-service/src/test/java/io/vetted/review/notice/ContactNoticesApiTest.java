package io.vetted.review.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.contact.ContactOperations;
import io.vetted.review.contact.ContactRequests;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A contact request is told to the author who must answer it, and the answer to the requester; no personal data travels. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactNoticesApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    Contacts contacts;

    @Inject
    DataSource dataSource;

    @Client("/")
    interface Contacts extends ContactOperations {}

    @Test
    void tellsTheAuthorThatARequestWaitsWithoutTheRequestersWords() throws SQLException {
        var author = TestIssuer.shared().account("SME");
        UUID reference = write(author);

        var told = told().by(() -> ask(TestIssuer.shared().account("SME"), reference));

        Told.onlyTo(told, UUID.fromString(author.id()), "CONTACT", "/my/contact-requests");
        assertThat(told.get(0).body()).doesNotContain("Pharmacie du Centre", "urgences");
    }

    @Test
    void tellsTheRequesterOfAnAcceptanceWithoutTheContactDetails() throws SQLException {
        var author = TestIssuer.shared().account("SME");
        var requester = TestIssuer.shared().account("SME");
        UUID request = ask(requester, write(author));

        var told = told().by(() -> {
            try (var ignored = BearerToken.as(author)) {
                contacts.accept(request, new ContactRequests.Accept("Claire, 06 12 34 56 78"));
            }
        });

        Told.onlyTo(told, UUID.fromString(requester.id()), "CONTACT", "/my/contact-requests");
        assertThat(told.get(0).body()).doesNotContain("06 12 34 56 78");
    }

    @Test
    void tellsTheRequesterOfADecline() throws SQLException {
        var author = TestIssuer.shared().account("SME");
        var requester = TestIssuer.shared().account("SME");
        UUID request = ask(requester, write(author));

        var told = told().by(() -> {
            try (var ignored = BearerToken.as(author)) {
                contacts.decline(request);
            }
        });

        Told.onlyTo(told, UUID.fromString(requester.id()), "CONTACT", "/my/contact-requests");
        assertThat(told.get(0).field("subjectEn")).contains("declined");
    }

    private UUID ask(TestIssuer.TestAccount requester, UUID reference) {
        try (var ignored = BearerToken.as(requester)) {
            return contacts.ask(
                            reference,
                            new ContactRequests.Ask("Pharmacie du Centre", "Comment gèrent-ils les urgences ?"))
                    .body()
                    .id();
        }
    }

    private Told told() {
        return new Told(fakes, dataSource);
    }

    private UUID write(TestIssuer.TestAccount author) throws SQLException {
        SampleReferences.knownToVetted(dataSource, author.id());
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            fakes.vendor.knownProvider(),
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 4, SampleReferences.uniqueText()))
                    .body()
                    .id();
        }
    }
}
