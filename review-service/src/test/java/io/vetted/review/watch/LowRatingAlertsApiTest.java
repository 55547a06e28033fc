package io.vetted.review.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.moderation.ModerationClient;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Buyers watching a provider hear of a reference of 2 stars or less once it shows, and of no other. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LowRatingAlertsApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ModerationClient moderation;

    @Inject
    DataSource dataSource;

    @Test
    void aPublishedTwoStarReferenceSendsOneWatchEventWithItsRating() throws SQLException {
        UUID provider = fakes.vendor.knownProvider();

        ReferenceResponse written = writeAsKnownClient(provider, 2);

        List<String> events = eventsAbout(written.id(), 1);
        assertThat(events)
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .contains("\"kind\":\"LOW_RATING\"", "\"providerId\":\"" + provider + "\"", "\"stars\":2"));
    }

    @Test
    void aThreeStarReferenceSendsNone() throws SQLException, InterruptedException {
        ReferenceResponse written = writeAsKnownClient(fakes.vendor.knownProvider(), 3);

        Thread.sleep(1_000);
        assertThat(fakes.buyer.watchEvents())
                .noneMatch(event -> event.contains(written.id().toString()));
    }

    @Test
    void aHeldOneStarReferenceWaitsForTheModeratorsClearance() throws InterruptedException {
        UUID provider = fakes.vendor.knownProvider();
        var author = TestIssuer.shared().account("SME", "x@inconnue.fr");
        ReferenceResponse held = write(author, provider, 1, SampleReferences.siren());
        Thread.sleep(1_000);
        assertThat(fakes.buyer.watchEvents())
                .noneMatch(event -> event.contains(held.id().toString()));

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.dismiss(held.id());
        }

        assertThat(eventsAbout(held.id(), 1)).singleElement().asString().contains("\"stars\":1");
    }

    private List<String> eventsAbout(UUID reference, int atLeast) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> fakes.buyer.watchEvents().stream()
                                .filter(event -> event.contains(reference.toString()))
                                .count()
                        >= atLeast);
        return fakes.buyer.watchEvents().stream()
                .filter(event -> event.contains(reference.toString()))
                .toList();
    }

    private ReferenceResponse writeAsKnownClient(UUID provider, int rating) throws SQLException {
        var author = TestIssuer.shared().account("SME");
        SampleReferences.knownToVetted(dataSource, author.id());
        return write(author, provider, rating, null);
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider, int rating, String siren) {
        return SampleReferences.post(references, author, provider, rating, siren);
    }
}
