package io.vetted.identity.account;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.Mailbox;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountApiTest implements IdentityTest {

    @Inject
    AccountClient accounts;

    @Inject
    AuthClient auth;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void signsUpWith202AndMailsAVerificationLink() {
        String email = uniqueEmail("marie");
        var response = accounts.register(
                new RegisterAccountRequest(email.toUpperCase(Locale.ROOT), PASSWORD, Role.PROVIDER, "Marie Dupont"));

        assertThat(response.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(Mailbox.shared().tokenFor(email, "/verify")).isNotBlank();
    }

    @Test
    void refusesToSignInBeforeTheEmailIsVerifiedWith403() {
        String email = uniqueEmail("pending");
        accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "Pending"));

        assertThatThrownBy(() -> auth.login(new LoginRequest(email, PASSWORD)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
    }

    @Test
    void followingTheMailedLinkVerifiesTheAccountOnce() {
        String email = uniqueEmail("verify");
        accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "Verified"));
        var token = new AccountRequests.EmailToken(Mailbox.shared().tokenFor(email, "/verify"));

        assertThat(accounts.verify(token).code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(auth.login(new LoginRequest(email, PASSWORD)).accessToken()).isNotBlank();
        assertThatThrownBy(() -> accounts.verify(token))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.FORBIDDEN, "token"));
    }

    @Test
    void answersASecondSignUpWithTheSameEmailExactlyLikeTheFirstAndTellsTheOwner() {
        String email = uniqueEmail("twice");
        var first = accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "First"));
        accounts.verify(new AccountRequests.EmailToken(Mailbox.shared().tokenFor(email, "/verify")));

        var second = accounts.register(new RegisterAccountRequest(email, PASSWORD + "!", Role.PROVIDER, "Second"));

        assertThat(second.code()).isEqualTo(first.code());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(Mailbox.shared().awaitMessagesTo(email, 2)).hasSize(2);
        assertThat(auth.login(new LoginRequest(email, PASSWORD)).role()).isEqualTo(Role.SME);
    }

    @Test
    void aSignUpBeforeTheOwnersLeavesTheOwnerOnlyTheCredentialsTheyChose() {
        String email = uniqueEmail("owner");
        accounts.register(new RegisterAccountRequest(email, PASSWORD + "-squatter", Role.PROVIDER, "Squatter"));
        String squattersLink = Mailbox.shared().tokenFor(email, "/verify");
        accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "Owner"));
        Mailbox.shared().awaitMessagesTo(email, 2);

        accounts.verify(new AccountRequests.EmailToken(Mailbox.shared().tokenFor(email, "/verify")));

        var session = auth.login(new LoginRequest(email, PASSWORD));
        assertThat(session.role()).isEqualTo(Role.SME);
        try (var ignored = BearerToken.as(session.accessToken())) {
            assertThat(accounts.me().displayName()).isEqualTo("Owner");
        }
        assertThatThrownBy(() -> auth.login(new LoginRequest(email, PASSWORD + "-squatter")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
        assertThatThrownBy(() -> accounts.verify(new AccountRequests.EmailToken(squattersLink)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.FORBIDDEN, "token"));
    }

    @Test
    void refusesACommonPasswordWith422NamingTheField() {
        var request = new RegisterAccountRequest(uniqueEmail("common"), "Password1234", Role.SME, "Common");

        assertThatThrownBy(() -> accounts.register(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "password"));
    }

    @Test
    void rejectsAShortPasswordWith400NamingTheField() {
        var request =
                Map.of("email", uniqueEmail("short"), "password", "too-short", "role", "SME", "displayName", "Short");

        assertThatThrownBy(() -> post(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "password"));
    }

    @Test
    void rejectsAMalformedEmailWith400NamingTheField() {
        var request = Map.of("email", "not-an-email", "password", PASSWORD, "role", "SME", "displayName", "Someone");

        assertThatThrownBy(() -> post(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "email"));
    }

    @Test
    void rejectsAnUnknownRoleWith400NamingTheField() {
        var request = Map.of("email", uniqueEmail("role"), "password", PASSWORD, "role", "ADMIN", "displayName", "Eve");

        assertThatThrownBy(() -> post(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "role"));
    }

    @Test
    void rejectsMalformedJsonWith400() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST("/api/accounts", "{\"email\":")
                                .contentType(MediaType.APPLICATION_JSON_TYPE)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    @Test
    void rejectsAnotherContentTypeWith415() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST("/api/accounts", "email=a@b.fr")
                                .contentType(MediaType.TEXT_PLAIN_TYPE)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE));
    }

    @Test
    void refusesSelfAppointedModeratorsWith422() {
        var request = new RegisterAccountRequest(uniqueEmail("mod"), PASSWORD, Role.MODERATOR, "Mallory");

        assertThatThrownBy(() -> accounts.register(request))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "role"));
    }

    @Test
    void answersMeWith401WithoutAToken() {
        assertThatThrownBy(() -> accounts.me())
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void answersMeWithTheAccountOfTheToken() {
        String email = uniqueEmail("me");
        accounts.register(new RegisterAccountRequest(email, PASSWORD, Role.SME, "Me"));
        accounts.verify(new AccountRequests.EmailToken(Mailbox.shared().tokenFor(email, "/verify")));
        var token = auth.login(new LoginRequest(email, PASSWORD));

        try (var ignored = BearerToken.as(token.accessToken())) {
            assertThat(accounts.me().id()).isEqualTo(token.accountId());
            assertThat(accounts.me().emailVerified()).isTrue();
        }
    }

    private void post(Map<String, String> body) {
        http.toBlocking().exchange(HttpRequest.POST("/api/accounts", body));
    }
}
