package io.vetted.identity.auth;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.testsupport.BearerToken;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** GET /api/sessions/current: an access token's sign-in ends with the session, not 15 minutes later. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionStatusApiTest implements IdentityTest {

    @Inject
    AuthClient auth;

    @Inject
    SessionClient sessions;

    @Inject
    SignUps signUps;

    @Inject
    AccountService accounts;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void saysASignedInSessionIsActiveAlsoAfterARefresh() {
        TokenResponse session = signIn();
        TokenResponse renewed = auth.refresh(new RefreshRequest(session.refreshToken()));

        assertThat(activeFor(session.accessToken())).isTrue();
        assertThat(activeFor(renewed.accessToken())).isTrue();
    }

    @Test
    void saysTheSessionIsOverRightAfterLogout() {
        TokenResponse session = signIn();

        auth.logout(new RefreshRequest(session.refreshToken()));

        assertThat(activeFor(session.accessToken())).isFalse();
    }

    @Test
    void saysOtherSessionsAreOverRightAfterAPasswordChangeAndKeepsTheNewOne() {
        String email = uniqueEmail("status");
        signUps.verified(email, PASSWORD, Role.SME);
        TokenResponse elsewhere = auth.login(new LoginRequest(email, PASSWORD));
        TokenResponse here = auth.login(new LoginRequest(email, PASSWORD));

        TokenResponse afterChange = http.toBlocking()
                .retrieve(
                        HttpRequest.PUT(
                                        "/api/accounts/me/password",
                                        Map.of("currentPassword", PASSWORD, "newPassword", "une autre phrase solide"))
                                .bearerAuth(here.accessToken()),
                        TokenResponse.class);

        assertThat(activeFor(elsewhere.accessToken())).isFalse();
        assertThat(activeFor(afterChange.accessToken())).isTrue();
    }

    @Test
    void saysTheSessionIsOverRightAfterAModeratorSuspendsTheAccount() {
        TokenResponse session = signIn();

        accounts.setDisabled(UUID.randomUUID(), session.accountId(), true);

        assertThat(activeFor(session.accessToken())).isFalse();
    }

    @Test
    void aSessionStaysActiveWhenAnotherSessionOfTheAccountEnds() {
        String email = uniqueEmail("status");
        signUps.verified(email, PASSWORD, Role.SME);
        TokenResponse kept = auth.login(new LoginRequest(email, PASSWORD));
        TokenResponse ended = auth.login(new LoginRequest(email, PASSWORD));

        auth.logout(new RefreshRequest(ended.refreshToken()));

        assertThat(activeFor(kept.accessToken())).isTrue();
    }

    private TokenResponse signIn() {
        String email = uniqueEmail("status");
        signUps.verified(email, PASSWORD, Role.SME);
        return auth.login(new LoginRequest(email, PASSWORD));
    }

    private boolean activeFor(String accessToken) {
        try (var ignored = BearerToken.as(accessToken)) {
            return sessions.current().active();
        }
    }
}
