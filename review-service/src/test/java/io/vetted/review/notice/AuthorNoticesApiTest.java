package io.vetted.review.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.moderation.DisputeOutcome;
import io.vetted.review.moderation.ModerationClient;
import io.vetted.review.moderation.ModerationRequests;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reply.ReplyOperations;
import io.vetted.review.reply.ReplyRequest;
import io.vetted.review.verification.VerificationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A reference's author hears of what the provider's team and moderators do to it, and nobody else does. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorNoticesApiTest implements ReviewTest {

    private final Fakes fakes = fakes();
    private final UUID owner = UUID.randomUUID();

    @Inject
    ReferenceClient references;

    @Inject
    Replies replies;

    @Inject
    VerificationClient verification;

    @Inject
    ModerationClient moderation;

    @Inject
    DataSource dataSource;

    @Client("/")
    interface Replies extends ReplyOperations {}

    @Test
    void tellsTheAuthorOfTheProvidersReply() throws SQLException {
        var written = write();

        var told = told().by(() -> {
            try (var ignored = asProvider()) {
                replies.reply(written.id(), new ReplyRequest("Merci pour ce retour, à bientôt."));
            }
        });

        Told.onlyTo(told, written.author(), "REFERENCE", "/my/references");
    }

    @Test
    void tellsTheAuthorOfTheDaysEditsOfAReplyOnceBesideTheReplyItself() throws SQLException {
        var written = write();

        var told = told().by(() -> {
            try (var ignored = asProvider()) {
                replies.reply(written.id(), new ReplyRequest("Merci pour ce retour, à bientôt."));
                replies.reply(written.id(), new ReplyRequest("Merci pour ce retour ; à bientôt."));
                replies.reply(written.id(), new ReplyRequest("Merci beaucoup pour ce retour ; à bientôt."));
            }
        });

        // identity-service keeps one notice per id: the reply, then one for the day's edits
        assertThat(told).hasSize(3);
        assertThat(told.stream().map(n -> n.field("noticeId")).distinct()).hasSize(2);
        assertThat(told.get(1).field("noticeId")).isEqualTo(told.get(2).field("noticeId"));
        assertThat(told.get(1).field("subjectEn")).contains("changed its reply");
    }

    @Test
    void tellsTheAuthorOfAConfirmation() throws SQLException {
        var written = write();

        var told = told().by(() -> {
            try (var ignored = asProvider()) {
                verification.confirm(written.id());
            }
        });

        Told.onlyTo(told, written.author(), "REFERENCE", "/my/references");
    }

    @Test
    void tellsTheAuthorOfADisputeWithoutTheProvidersWords() throws SQLException {
        var written = write();

        var told = told().by(() -> dispute(written));

        Told.onlyTo(told, written.author(), "REFERENCE", "/my/references");
        assertThat(told.get(0).body()).doesNotContain("Client inconnu");
    }

    @Test
    void tellsTheAuthorOfARejectedDisputeButNotTheModeratorsReasonMeantForTheProvider() throws SQLException {
        var written = write();
        UUID dispute = dispute(written);

        var told = told().by(() -> decide(dispute, DisputeOutcome.REJECTED, "Facture fournie par le client"));

        Told.onlyTo(told, written.author(), "MODERATION", "/my/references");
        assertThat(told.get(0).body()).doesNotContain("Facture fournie");
    }

    @Test
    void tellsTheAuthorOfAnUpheldDisputeOnceWithThePublicReason() throws SQLException {
        var written = write();
        UUID dispute = dispute(written);

        var told = told().by(() -> decide(dispute, DisputeOutcome.UPHELD, "Aucune mission avérée"));

        Told.onlyTo(told, written.author(), "MODERATION", "/my/references");
        assertThat(told.get(0).body()).contains("Aucune mission avérée");
    }

    private UUID dispute(Written written) {
        try (var ignored = asProvider()) {
            return moderation
                    .dispute(written.id(), new ModerationRequests.DisputeRequest("Client inconnu chez nous"))
                    .body()
                    .id();
        }
    }

    private void decide(UUID dispute, DisputeOutcome outcome, String reason) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.decide(dispute, new ModerationRequests.DecisionRequest(outcome, reason));
        }
    }

    private Told told() {
        return new Told(fakes, dataSource);
    }

    private PropagatedContext.Scope asProvider() {
        return BearerToken.as(TestIssuer.shared().token(owner.toString(), "PROVIDER"));
    }

    /** A reference on a provider {@link #owner} owns, and the account that wrote it. */
    record Written(UUID author, UUID id) {}

    private Written write() throws SQLException {
        UUID provider = fakes.vendor.provider(owner, null);
        var author = TestIssuer.shared().account("SME");
        SampleReferences.knownToVetted(dataSource, author.id());
        try (var ignored = BearerToken.as(author)) {
            ReferenceResponse created = references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 2, SampleReferences.uniqueText()))
                    .body();
            return new Written(UUID.fromString(author.id()), created.id());
        }
    }
}
