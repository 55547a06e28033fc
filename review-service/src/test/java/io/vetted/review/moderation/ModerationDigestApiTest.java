package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Moderators hear once a day how many cases wait, through identity-service, which knows who they are. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationDigestApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ModerationDigest digest;

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyQueue() throws SQLException {
        sql("DELETE FROM moderation_case", null);
    }

    @Test
    void tellsModeratorsHowManyCasesWaitAndSinceWhenInBothLanguages() throws SQLException {
        waiting(write(), 50);
        waiting(write(), 3);
        int before = fakes.identity.moderatorNotices().size();

        assertThat(digest.send()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> fakes.identity.moderatorNotices().size() > before);
        assertThat(fakes.identity
                        .moderatorNotices()
                        .subList(before, fakes.identity.moderatorNotices().size()))
                .singleElement()
                .satisfies(notice -> assertThat(notice)
                        .contains("2 cases wait for a moderator's decision", "the oldest has waited 50 hours")
                        .contains("2 dossiers attendent une décision", "depuis 50 heures")
                        .contains("\"kind\":\"MODERATION\"", "\"link\":\"/moderation\""));
    }

    @Test
    void aSecondDigestTheSameDayCarriesTheSameNoticeIdSoNobodyGetsItTwice() throws SQLException {
        waiting(write(), 1);
        int before = fakes.identity.moderatorNotices().size();

        digest.send();
        digest.send();

        await().atMost(Duration.ofSeconds(15))
                .until(() -> fakes.identity.moderatorNotices().size() == before + 2);
        var sent = fakes.identity.moderatorNotices().subList(before, before + 2);
        assertThat(noticeId(sent.get(0))).isEqualTo(noticeId(sent.get(1)));
    }

    @Test
    void sendsNothingWhenNoCaseWaits() throws InterruptedException {
        int before = fakes.identity.moderatorNotices().size();

        assertThat(digest.send()).isZero();

        Thread.sleep(1_000);
        assertThat(fakes.identity.moderatorNotices()).hasSize(before);
    }

    private UUID write() throws SQLException {
        var author = TestIssuer.shared().account("SME");
        SampleReferences.knownToVetted(dataSource, author.id());
        return SampleReferences.post(references, author, fakes.vendor.knownProvider(), 4, null)
                .id();
    }

    private void waiting(UUID reference, int hours) throws SQLException {
        sql("""
                INSERT INTO moderation_case (reference_id, provider_id, risk, waiting_since, kinds, updated_at)
                SELECT id, provider_id, 1, now() - make_interval(hours => %d), ARRAY['REPORTED'], now()
                FROM reference WHERE id = ?
                ON CONFLICT (reference_id) DO UPDATE SET waiting_since = excluded.waiting_since""".formatted(hours), reference);
    }

    private static String noticeId(String json) {
        return json.replaceAll(".*\"noticeId\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private void sql(String statement, UUID parameter) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            if (parameter != null) {
                prepared.setObject(1, parameter);
            }
            prepared.executeUpdate();
        }
    }
}
