package io.vetted.identity.auth;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.Mailbox;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.mfa.MfaTestClient;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14: a mailed sign-in link is the way in that nobody else's failed passwords can close. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLinkApiTest implements IdentityTest {

    @Inject
    AuthClient auth;

    @Inject
    SignUps signUps;

    @Inject
    MfaTestClient mfa;

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
        // the first request creates the signing key, which can take longer than 10 s on a busy machine
        return Map.of("micronaut.http.client.read-timeout", "60s");
    }

    @Test
    void signsInWithTheMailedLinkOnceAndOnlyOnce() {
        String email = account();
        auth.requestSignInLink(new SignInLinkRequests.Request(email));
        String token = Mailbox.shared().tokenFor(email, "/login/link");

        TokenResponse session = auth.signInWithLink(new SignInLinkRequests.Confirmation(token));

        assertThat(session.accessToken()).isNotBlank();
        assertThatThrownBy(() -> auth.signInWithLink(new SignInLinkRequests.Confirmation(token)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.FORBIDDEN, "token"));
    }

    @Test
    void signsInWithTheLinkWhilePasswordSignInIsLockedForThisAddress() {
        String email = account();
        Visitor.at(http, "127.0.0.1").failTimes(email, 6);
        assertThat(Visitor.at(http, "127.0.0.1").tryLogin(email, PASSWORD)).isEqualTo(429);

        auth.requestSignInLink(new SignInLinkRequests.Request(email));
        String token = Mailbox.shared().tokenFor(email, "/login/link");

        assertThat(auth.signInWithLink(new SignInLinkRequests.Confirmation(token))
                        .accessToken())
                .isNotBlank();
    }

    @Test
    void refusesALinkOlderThanFifteenMinutes() throws SQLException {
        String email = account();
        auth.requestSignInLink(new SignInLinkRequests.Request(email));
        String token = Mailbox.shared().tokenFor(email, "/login/link");

        ageLinks(email);

        assertThatThrownBy(() -> auth.signInWithLink(new SignInLinkRequests.Confirmation(token)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.FORBIDDEN, "token"));
    }

    @Test
    void answersAnUnknownAddressExactlyAsAKnownOne() {
        String known = account();
        String unknown = uniqueEmail("nobody");

        HttpResponse<String> forKnown = request(known);
        HttpResponse<String> forUnknown = request(unknown);

        assertThat(forUnknown.code()).isEqualTo(forKnown.code()).isEqualTo(202);
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        Mailbox.shared().tokenFor(known, "/login/link");
        assertThat(Mailbox.shared().messagesTo(unknown)).isEmpty();
    }

    @Test
    void asksForTheSecondFactorAfterTheLinkWhenTheAccountHasOne() {
        String email = account();
        mfa.enable(auth.login(new LoginRequest(email, PASSWORD)).accessToken(), PASSWORD);
        auth.requestSignInLink(new SignInLinkRequests.Request(email));

        TokenResponse answer = auth.signInWithLink(
                new SignInLinkRequests.Confirmation(Mailbox.shared().tokenFor(email, "/login/link")));

        assertThat(answer.mfaRequired()).isTrue();
        assertThat(answer.accessToken()).isNull();
        assertThat(answer.mfaToken()).isNotBlank();
    }

    @Test
    void throttlesLinkRequestsForOneEmail() {
        String email = account();
        for (int i = 0; i < 3; i++) {
            request(email);
        }

        assertThatThrownBy(() -> auth.requestSignInLink(new SignInLinkRequests.Request(email)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.TOO_MANY_REQUESTS));
    }

    private HttpResponse<String> request(String email) {
        return http.toBlocking()
                .exchange(HttpRequest.POST("/api/auth/sign-in-link", Map.of("email", email)), String.class);
    }

    private String account() {
        String email = uniqueEmail("linked");
        signUps.verified(email, PASSWORD, Role.SME);
        return email;
    }

    private void ageLinks(String email) throws SQLException {
        try (var connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                var statement = connection.prepareStatement(
                        "UPDATE one_time_token SET expires_at = now() - interval '1 second'"
                                + " WHERE purpose = 'SIGN_IN' AND account_id = (SELECT id FROM account WHERE email = ?)")) {
            statement.setString(1, email);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
