package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reference written while vendor-service was down waits for its team-membership check, which
 * the scheduled job does once vendor-service answers again: no moderator has to.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipRecheckTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Inject
    ModerationClient moderation;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of(
                "vetted.jobs.enabled", "true",
                "vetted.jobs.poll-interval", "1h",
                "vetted.jobs.membership-recheck-period", "500ms");
    }

    @Test
    void aReferenceWrittenWhileVendorWasDownLeavesTheQueueOnceVendorSaysTheAuthorIsNotOnTheTeam() {
        UUID provider = vendor.knownProvider();
        write(provider, TestIssuer.shared().account("SME"));
        ReferenceResponse during = duringOutage(provider, TestIssuer.shared().account("SME"), null);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(Stored.of(dataSource, during.id()).flagOpen())
                                .isFalse());

        Stored stored = storedUnchecked(during.id());
        assertThat(stored.status()).isEqualTo("PUBLISHED");
        assertThat(stored.flagDetail()).contains("not on the provider's team");
        assertThat(queue()).noneMatch(i -> i.reference().id().equals(during.id()));
    }

    @Test
    void aReferenceWrittenWhileVendorWasDownByATeamMemberIsHiddenWithTheReason() {
        UUID provider = vendor.knownProvider();
        write(provider, TestIssuer.shared().account("SME"));
        var member = TestIssuer.shared().account("SME");
        ReferenceResponse during = duringOutage(provider, member, member.id());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(Stored.of(dataSource, during.id()).status()).isEqualTo("HIDDEN"));

        Stored stored = storedUnchecked(during.id());
        assertThat(stored.hiddenReason()).contains("belongs to the provider's team");
        assertThat(stored.flagOpen()).isFalse();
        assertThat(stored.flagDetail()).contains("is on the provider's team");
        assertThat(stored.decisions()).isEqualTo(1);
        assertThat(queue()).noneMatch(i -> i.reference().id().equals(during.id()));
    }

    /** Writes while vendor-service is down; {@code joining} becomes a team member before it comes back. */
    private ReferenceResponse duringOutage(UUID provider, TestIssuer.TestAccount author, String joining) {
        ReferenceResponse during;
        vendor.stop();
        try {
            during = write(provider, author);
            assertThat(storedUnchecked(during.id()).flagOpen()).isTrue();
            if (joining != null) {
                vendor.addMember(provider, joining);
            }
        } finally {
            vendor.restart();
        }
        return during;
    }

    private Stored storedUnchecked(UUID id) {
        try {
            return Stored.of(dataSource, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ModerationResponses.QueueItem> queue() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            return moderation.cases(0, 100, QueueSort.AGE, null, null).items();
        }
    }

    private ReferenceResponse write(UUID provider, TestIssuer.TestAccount author) {
        return SampleReferences.post(references, author, provider, 4, null);
    }
}
