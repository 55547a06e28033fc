package io.vetted.identity.account;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.Mailbox;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.auth.RefreshRequest;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordApiTest implements IdentityTest {

    private static final String NEW_PASSWORD = "un tout nouveau mot de passe";

    @Inject
    AccountClient accounts;

    @Inject
    AuthClient auth;

    @Inject
    SignUps signUps;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void resetsThePasswordThroughTheMailedLinkAndEndsEverySession() {
        String email = newAccount();
        TokenResponse before = auth.login(new LoginRequest(email, PASSWORD));

        accounts.requestPasswordReset(new AccountRequests.PasswordReset(email));
        accounts.resetPassword(
                new AccountRequests.NewPassword(Mailbox.shared().tokenFor(email, "/password/reset"), NEW_PASSWORD));

        assertThat(auth.login(new LoginRequest(email, NEW_PASSWORD)).accessToken())
                .isNotBlank();
        assertThatThrownBy(() -> auth.login(new LoginRequest(email, PASSWORD)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(before.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void refusesAReplayedResetLinkWith403() {
        String email = newAccount();
        accounts.requestPasswordReset(new AccountRequests.PasswordReset(email));
        String token = Mailbox.shared().tokenFor(email, "/password/reset");
        accounts.resetPassword(new AccountRequests.NewPassword(token, NEW_PASSWORD));

        assertThatThrownBy(() ->
                        accounts.resetPassword(new AccountRequests.NewPassword(token, "encore un autre mot de passe")))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.FORBIDDEN, "token"));
    }

    @Test
    void answersAResetForAnUnknownEmailExactlyLikeForAKnownOne() {
        String knownEmail = newAccount();
        String unknown = uniqueEmail("nobody");
        var answer = accounts.requestPasswordReset(new AccountRequests.PasswordReset(unknown));
        var known = accounts.requestPasswordReset(new AccountRequests.PasswordReset(knownEmail));
        Mailbox.shared().tokenFor(knownEmail, "/password/reset");

        assertThat(answer.code()).isEqualTo(known.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(answer.body()).isEqualTo(known.body());
        assertThat(Mailbox.shared().messagesTo(unknown)).isEmpty();
    }

    @Test
    void answersAResetForAKnownEmailAsFastAsForAnUnknownOne() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            String email = newAccount();
            unknown.add(resetRequestMillis(uniqueEmail("nobody"), round * 2));
            known.add(resetRequestMillis(email, round * 2 + 1));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);

        assertThat(Math.abs(knownMedian - unknownMedian))
                .as("known %s ms, unknown %s ms", known, unknown)
                .isLessThan(Math.max(10, Math.max(knownMedian, unknownMedian) / 2));
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndKeepsTheCallerSignedIn() {
        String email = newAccount();
        TokenResponse elsewhere = auth.login(new LoginRequest(email, PASSWORD));
        TokenResponse here = auth.login(new LoginRequest(email, PASSWORD));

        TokenResponse renewed;
        try (var ignored = BearerToken.as(here.accessToken())) {
            renewed = accounts.changePassword(new AccountRequests.PasswordChange(PASSWORD, NEW_PASSWORD));
        }

        assertThat(auth.refresh(new RefreshRequest(renewed.refreshToken())).accessToken())
                .isNotBlank();
        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(elsewhere.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void refusesAPasswordChangeWithAWrongCurrentPasswordWith422() {
        String email = newAccount();
        try (var ignored =
                BearerToken.as(auth.login(new LoginRequest(email, PASSWORD)).accessToken())) {
            assertThatThrownBy(() -> accounts.changePassword(
                            new AccountRequests.PasswordChange("pas le bon mot de passe", NEW_PASSWORD)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "currentPassword"));
        }
    }

    /** Each from its own client address, so that no throttle answers instead of the service. */
    private long resetRequestMillis(String email, int address) {
        var request = HttpRequest.POST("/api/accounts/password-reset", Map.of("email", email))
                .header("X-Forwarded-For", "203.0.113." + (address + 1));
        long start = System.nanoTime();
        int status = http.toBlocking().exchange(request, String.class).code();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(status).isEqualTo(HttpStatus.ACCEPTED.getCode());
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private String newAccount() {
        String email = uniqueEmail("reset");
        signUps.verified(email, PASSWORD, Role.SME);
        return email;
    }
}
