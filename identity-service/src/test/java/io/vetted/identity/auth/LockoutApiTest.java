package io.vetted.identity.auth;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14: five wrong passwords from anywhere used to keep any account out, its owner included. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockoutApiTest implements IdentityTest {

    @Inject
    SignUps signUps;

    @Inject
    @Client("/")
    HttpClient http;

    @Value("${datasources.default.url}")
    String databaseUrl;

    @Value("${datasources.default.username}")
    String databaseUser;

    @Value("${datasources.default.password:}")
    String databasePassword;

    @Override
    public Map<String, String> moreProperties() {
        // a low ceiling across addresses, so that a test can reach it from two addresses; the first
        // request creates the signing key, which can take longer than 10 s on a busy machine
        return Map.of(
                "vetted.throttle.limits.login-account.attempts", "10", "micronaut.http.client.read-timeout", "60s");
    }

    @Test
    void ownerAtAnotherAddressSignsInWhileAnAttackerFailsTwentyTimes() {
        String owner = account();
        Visitor attacker = Visitor.at(http, "203.0.113.10");
        attacker.failTimes(owner, 20);

        assertThat(Visitor.at(http, "198.51.100.20").tryLogin(owner, PASSWORD)).isEqualTo(200);
        assertThat(attacker.tryLogin(owner, PASSWORD)).isEqualTo(429);
    }

    @Test
    void delaysGrowForTheAddressThatKeepsFailing() throws SQLException {
        String owner = account();
        Visitor attacker = Visitor.at(http, "203.0.113.11");
        attacker.failTimes(owner, 5);
        long first = attacker.retryAfter(owner, "another guess");

        endLocks();
        attacker.failTimes(owner, 1);
        long second = attacker.retryAfter(owner, "another guess");

        endLocks();
        attacker.failTimes(owner, 1);
        long third = attacker.retryAfter(owner, "another guess");

        assertThat(first).isBetween(50L, 60L);
        assertThat(second).isBetween(110L, 120L);
        assertThat(third).isBetween(230L, 240L);
    }

    @Test
    void ownerChangesPasswordWhileAnAttackerKeepsFailing() {
        String owner = account();
        Visitor home = Visitor.at(http, "198.51.100.21");
        String accessToken = home.login(owner, PASSWORD).accessToken();
        Visitor.at(http, "203.0.113.12").failTimes(owner, 20);

        int changed = home.put(
                "/api/accounts/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "une toute autre phrase de passe"),
                accessToken);

        assertThat(changed).isEqualTo(200);
    }

    @Test
    void deletionStillChecksTheOwnersPasswordWhileAnAttackerKeepsFailing() {
        String owner = account();
        Visitor home = Visitor.at(http, "198.51.100.22");
        String accessToken = home.login(owner, PASSWORD).accessToken();
        Visitor.at(http, "203.0.113.13").failTimes(owner, 20);

        // 422 "not your current password": the check ran instead of a 429 earned by the attacker
        assertThat(home.post("/api/accounts/me/deletion", Map.of("password", "a wrong one"), accessToken))
                .isEqualTo(422);
    }

    @Test
    void failuresFromManyAddressesPauseOnlyUnfamiliarOnes() {
        String owner = account();
        Visitor home = Visitor.at(http, "198.51.100.23");
        Visitor laptop = Visitor.at(http, "192.0.2.50").withDevice("owners-own-browser-0001");
        home.login(owner, PASSWORD);
        laptop.login(owner, PASSWORD);
        Visitor.at(http, "203.0.113.14").failTimes(owner, 5);
        Visitor.at(http, "203.0.113.15").failTimes(owner, 5);

        assertThat(Visitor.at(http, "203.0.113.16").tryLogin(owner, PASSWORD)).isEqualTo(429);
        assertThat(home.tryLogin(owner, PASSWORD)).isEqualTo(200);
        assertThat(Visitor.at(http, "192.0.2.99")
                        .withDevice("owners-own-browser-0001")
                        .tryLogin(owner, PASSWORD))
                .isEqualTo(200);
    }

    private String account() {
        String email = uniqueEmail("owner");
        signUps.verified(email, PASSWORD, Role.SME);
        return email;
    }

    /** As if the locks had run out: the test does not wait minutes. */
    private void endLocks() throws SQLException {
        try (var connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE login_backoff SET locked_until = now() WHERE locked_until > now()");
        }
    }
}
