package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeIdentityService;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceStatus;
import io.vetted.review.reputation.ReputationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Flagged references wait "under review", out of the rating, until a moderator decides; authors are told. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarantineApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ReputationClient reputation;

    @Inject
    ModerationClient moderation;

    @Inject
    DataSource dataSource;

    @Test
    void aFloodOfOneStarReferencesFromNewAccountsLeavesThePublishedRatingWhereItWas() throws SQLException {
        UUID provider = fakes.vendor.knownProvider();
        for (int i = 0; i < 2; i++) {
            SampleReferences.publishedDaysAgo(
                    dataSource, writeAsKnownClient(provider, 5).id(), 10);
        }

        List<ReferenceResponse> flood = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            flood.add(write(TestIssuer.shared().account("SME"), provider, 1));
        }

        var shown = reputation.reputation(provider);
        assertThat(shown.averageRating()).isEqualByComparingTo("5.00");
        assertThat(shown.referenceCount()).isEqualTo(2);
        assertThat(shown.underReviewCount()).isEqualTo(6);
        assertThat(flood)
                .allSatisfy(r -> assertThat(references.get(r.id()).status()).isEqualTo(ReferenceStatus.UNDER_REVIEW));
    }

    @Test
    void aReferenceUnderReviewShowsPubliclyWithTheReasonInPlainWords() {
        UUID provider = fakes.vendor.knownProvider();
        var held = write(TestIssuer.shared().account("SME", "x@nulle-part.fr"), provider, 1, SampleReferences.siren());

        var shown = references.get(held.id());

        assertThat(shown.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(shown.comment()).isNotNull();
        assertThat(shown.underReview().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo("COMPANY_MISMATCH");
            assertThat(reason.explanation()).isEqualTo("The company named does not match the public company register.");
        });
        assertThat(references.list(provider, 0, 20, null, null, null, null).items())
                .extracting(ReferenceResponse::id)
                .contains(held.id());
    }

    @Test
    void aModeratorClearingAReferenceCountsItAndTellsTheAuthor() {
        UUID provider = fakes.vendor.knownProvider();
        var author = TestIssuer.shared().account("SME", "x@inconnue.fr");
        var held = write(author, provider, 2, SampleReferences.siren());

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(moderation.dismiss(held.id()).status()).isEqualTo(ReferenceStatus.PUBLISHED);
        }

        assertThat(reputation.reputation(provider).referenceCount()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        fakes.identity.noticesTo(UUID.fromString(author.id())).size() >= 2);
        assertThat(fakes.identity.noticesTo(UUID.fromString(author.id())))
                .extracting(FakeIdentityService.Notice::subjectEn)
                .containsExactly(
                        "Your reference on Fake provider is under review",
                        "Your reference on Fake provider is published again");
    }

    @Test
    void aHiddenReferenceTellsItsAuthorWhyByMail() {
        UUID provider = fakes.vendor.knownProvider();
        var author = TestIssuer.shared().account("SME");
        var written = write(author, provider, 3);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.hide(written.id(), new ModerationRequests.HideRequest("Propos injurieux envers un technicien"));
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !fakes.identity.noticesTo(UUID.fromString(author.id())).isEmpty());
        assertThat(fakes.identity.noticesTo(UUID.fromString(author.id())).get(0).body())
                .contains("was hidden", "Propos injurieux envers un technicien");
    }

    @Test
    void aReferenceHiddenThenWithdrawnCannotReappearUnnoticed() {
        UUID provider = fakes.vendor.knownProvider();
        var author = TestIssuer.shared().account("SME");
        var first = write(author, provider, 1);
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.hide(first.id(), new ModerationRequests.HideRequest("Aucune mission avérée"));
        }
        try (var ignored = BearerToken.as(author)) {
            references.withdraw(first.id());
        }

        var again = write(author, provider, 1);

        assertThat(again.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(again.underReview().reasons())
                .extracting(ReferenceResponse.Reason::kind)
                .containsExactly("REAPPEARED");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            var item = moderation.cases(0, 20, null, null, provider).items().stream()
                    .filter(i -> i.reference().id().equals(again.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.history()).singleElement().satisfies(h -> {
                assertThat(h.referenceId()).isEqualTo(first.id());
                assertThat(h.status()).isEqualTo("WITHDRAWN");
                assertThat(h.hiddenReason()).isEqualTo("Aucune mission avérée");
                assertThat(h.decisions()).anySatisfy(d -> assertThat(d).contains("HIDDEN: Aucune mission avérée"));
            });
        }
    }

    @Test
    void aBurstClearedByAModeratorIsNotHeldAgainByTheNextReference() throws SQLException {
        UUID provider = fakes.vendor.knownProvider();
        List<ReferenceResponse> burst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            burst.add(writeAsKnownClient(provider, 4));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.bulk(
                    provider,
                    new ModerationRequests.BulkDecision(
                            ModerationRequests.BulkAction.CLEAR, "Campagne d'invitations vérifiée", null));
        }

        writeAsKnownClient(provider, 4);

        assertThat(burst)
                .allSatisfy(r -> assertThat(references.get(r.id()).status()).isEqualTo(ReferenceStatus.PUBLISHED));
    }

    private ReferenceResponse writeAsKnownClient(UUID provider, int rating) throws SQLException {
        var author = TestIssuer.shared().account("SME");
        SampleReferences.knownToVetted(dataSource, author.id());
        return write(author, provider, rating);
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider, int rating) {
        return write(author, provider, rating, null);
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider, int rating, String siren) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID().toString().substring(0, 6),
                                    siren,
                                    rating,
                                    SampleReferences.uniqueText()))
                    .body();
        }
    }
}
