package io.vetted.identity.linkage;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.support.auth.ServiceToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-ups and sign-ins leave keyed hashes of address and device; services ask which accounts share them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkageApiTest implements IdentityTest {

    private static final String SECRET = "a-review-service-secret-for-linkage-tests";

    @Inject
    SignUps signUps;

    @Inject
    AuthClient auth;

    @Inject
    LinkageClient linkage;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of(
                "vetted.service-clients.review-service.secret", SECRET, "vetted.linkage.shared-address-ceiling", "3");
    }

    @Test
    void accountsSignedInFromTheSameDeviceAreLinkedByDevice() {
        String device = device();
        UUID provider = signIn(Role.PROVIDER, "203.0.113.10", device);
        UUID puppet = signIn(Role.SME, "198.51.100.20", device);

        assertThat(matches(puppet, provider)).containsExactly(new LinkageOperations.Match(provider, List.of("DEVICE")));
    }

    @Test
    void accountsSignedInFromTheSameAddressAreLinkedByAddress() {
        UUID provider = signIn(Role.PROVIDER, "203.0.113.31", device());
        UUID puppet = signIn(Role.SME, "203.0.113.31", device());

        assertThat(matches(puppet, provider))
                .containsExactly(new LinkageOperations.Match(provider, List.of("ADDRESS")));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() {
        UUID provider = signIn(Role.PROVIDER, "2001:db8:5:7::1", device());
        UUID puppet = signIn(Role.SME, "2001:db8:5:7:ab:cd:ef:1", device());

        assertThat(matches(puppet, provider))
                .extracting(LinkageOperations.Match::signals)
                .containsExactly(List.of("ADDRESS"));
    }

    @Test
    void accountsSharingNothingAreNotLinked() {
        UUID provider = signIn(Role.PROVIDER, "203.0.113.40", device());
        UUID client = signIn(Role.SME, "198.51.100.41", device());

        assertThat(matches(client, provider)).isEmpty();
    }

    @Test
    void anAddressSharedByMoreAccountsThanTheCeilingLinksNobody() {
        UUID provider = signIn(Role.PROVIDER, "192.0.2.50", device());
        UUID client = signIn(Role.SME, "192.0.2.50", device());
        signIn(Role.SME, "192.0.2.50", device());
        signIn(Role.SME, "192.0.2.50", device());

        assertThat(matches(client, provider)).isEmpty();
    }

    @Test
    void storesOnlyKeyedHashesNeverTheAddressOrTheDevice() throws SQLException {
        String device = device();
        UUID account = signIn(Role.SME, "203.0.113.60", device);

        List<String> stored = column("SELECT value_hash FROM linkage_signal WHERE account_id = ?", account);
        assertThat(stored)
                .hasSize(2)
                .allSatisfy(hash -> assertThat(hash)
                        .matches("[0-9a-f]{64}")
                        .doesNotContain(device)
                        .doesNotContain("203.0.113.60"));
    }

    @Test
    void recordsTheSignalsOfASignUpBeforeAnySignIn() throws SQLException {
        String email = uniqueEmail("inscription");
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/accounts",
                                Map.of(
                                        "email",
                                        email,
                                        "password",
                                        PASSWORD,
                                        "role",
                                        "SME",
                                        "displayName",
                                        "Nouvelle PME"))
                        .header("X-Forwarded-For", "203.0.113.70")
                        .header("X-Vetted-Device", device()));

        assertThat(column(
                        "SELECT s.kind FROM linkage_signal s JOIN account a ON a.id = s.account_id WHERE a.email = ?"
                                + " ORDER BY s.kind",
                        email))
                .containsExactly("ADDRESS", "DEVICE");
    }

    @Test
    void signalsUnseenForLongerThanTheRetentionNoLongerLink() throws SQLException {
        String device = device();
        UUID provider = signIn(Role.PROVIDER, "203.0.113.80", device);
        UUID puppet = signIn(Role.SME, "198.51.100.81", device);
        update("UPDATE linkage_signal SET last_seen_at = now() - interval '13 months' WHERE account_id = ?", provider);

        assertThat(matches(puppet, provider)).isEmpty();
    }

    @Test
    void onlyServicesMayAskWith403ForAnAccount() {
        String email = uniqueEmail("curieuse");
        signUps.verified(email, PASSWORD, Role.SME);
        TokenResponse session = auth.login(new LoginRequest(email, PASSWORD));

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/internal/linkage/matches",
                                        new LinkageOperations.Query(session.accountId(), List.of(UUID.randomUUID())))
                                .bearerAuth(session.accessToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
    }

    private List<LinkageOperations.Match> matches(UUID account, UUID other) {
        String token = auth.serviceToken(new ServiceToken.Request("review-service", SECRET))
                .accessToken();
        return http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/internal/linkage/matches",
                                        new LinkageOperations.Query(account, List.of(other)))
                                .bearerAuth(token),
                        LinkageOperations.Matches.class)
                .matches();
    }

    /** Signs a new verified account in, as web-ui forwards a visitor: its address and its device cookie. */
    private UUID signIn(Role role, String address, String device) {
        String email = uniqueEmail(role.name().toLowerCase(Locale.ROOT));
        signUps.verified(email, PASSWORD, role);
        return http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/auth/login", new LoginRequest(email, PASSWORD))
                                .header("X-Forwarded-For", address)
                                .header("X-Vetted-Device", device),
                        TokenResponse.class)
                .accountId();
    }

    private static String device() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private List<String> column(String sql, Object parameter) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private void update(String sql, UUID account) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, account);
            statement.executeUpdate();
        }
    }
}
