package io.vetted.identity.notice;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.Mailbox;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.notification.NotificationKind;
import io.vetted.support.auth.ServiceToken;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** review-service's digest of the moderation queue reaches every moderator once, and nobody else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModeratorNoticeApiTest implements IdentityTest {

    private static final String SECRET = "a-review-service-secret-for-moderator-notices";

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("vetted.service-clients.review-service.secret", SECRET);
    }

    @Test
    void notifiesEachModeratorOnceAndNoOtherAccount() throws SQLException {
        UUID moderator = register(uniqueEmail("moderatrice"));
        UUID suspended = register(uniqueEmail("ancien-moderateur"));
        UUID member = register(uniqueEmail("adherent"));
        sql("UPDATE account SET role = 'MODERATOR' WHERE id IN (?, ?)", moderator, suspended);
        sql("UPDATE account SET disabled_at = now() WHERE id = ?", suspended);
        var digest = new NoticeOperations.Notice(
                UUID.randomUUID(),
                "3 références attendent une décision",
                "3 references wait for a decision",
                "La plus ancienne attend depuis 2 jours.",
                "The oldest has waited for 2 days.",
                NotificationKind.MODERATION,
                "/moderation");

        sendToModerators(digest);
        sendToModerators(digest);

        assertThat(notifications(moderator, digest.noticeId())).isEqualTo(1);
        assertThat(notifications(suspended, digest.noticeId())).isZero();
        assertThat(notifications(member, digest.noticeId())).isZero();
    }

    private UUID register(String email) {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/accounts",
                        Map.of("email", email, "password", PASSWORD, "role", "SME", "displayName", "Camille Martin")));
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/accounts/verification",
                        Map.of("token", Mailbox.shared().tokenFor(email, "/verify"))));
        return auth.login(new LoginRequest(email, PASSWORD)).accountId();
    }

    private void sendToModerators(NoticeOperations.Notice notice) {
        String token = auth.serviceToken(new ServiceToken.Request("review-service", SECRET))
                .accessToken();
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/internal/moderators/notices", notice)
                        .bearerAuth(token));
    }

    private long notifications(UUID account, UUID event) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND event_id = ?")) {
            statement.setObject(1, account);
            statement.setObject(2, event);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void sql(String update, UUID... ids) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setObject(i + 1, ids[i]);
            }
            statement.executeUpdate();
        }
    }
}
