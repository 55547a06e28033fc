package io.vetted.review.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.vetted.review.FakeIdentityService;
import io.vetted.review.Fakes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The notices one action sends, to anyone: the outbox is drained before and after it, so what
 * identity-service received in between is all the action queued, and nothing else.
 */
final class Told {

    private final Fakes fakes;
    private final DataSource dataSource;

    Told(Fakes fakes, DataSource dataSource) {
        this.fakes = fakes;
        this.dataSource = dataSource;
    }

    List<FakeIdentityService.Notice> by(Runnable action) {
        drained();
        int before = fakes.identity.notices().size();
        action.run();
        drained();
        List<FakeIdentityService.Notice> all = fakes.identity.notices();
        return all.subList(before, all.size());
    }

    /** Exactly one notice, to {@code account}, of {@code kind}, in both languages, linking to {@code link}. */
    static void onlyTo(List<FakeIdentityService.Notice> told, UUID account, String kind, String link) {
        assertThat(told).singleElement().satisfies(notice -> {
            assertThat(notice.account()).isEqualTo(account);
            assertThat(notice.field("accountId")).isEqualTo(account.toString());
            assertThat(notice.field("kind")).isEqualTo(kind);
            assertThat(notice.field("link")).isEqualTo(link);
            assertThat(notice.field("subjectFr")).isNotBlank().isNotEqualTo(notice.field("subjectEn"));
            assertThat(notice.field("bodyFr")).isNotBlank().isNotEqualTo(notice.field("bodyEn"));
            assertThat(notice.field("subjectEn")).isNotBlank();
            assertThat(notice.field("bodyEn")).isNotBlank();
        });
    }

    private void drained() {
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> pending() == 0);
    }

    private int pending() throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE event_type = ? AND failed_permanently_at IS NULL")) {
            statement.setString(1, Notice.EVENT_TYPE);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
