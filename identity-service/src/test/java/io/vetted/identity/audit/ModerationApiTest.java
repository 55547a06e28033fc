package io.vetted.identity.audit;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.AccountAdminClient;
import io.vetted.identity.account.AccountRequests;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.identity.mfa.MfaTestClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationApiTest implements IdentityTest {

    private final String moderatorEmail = uniqueEmail("moderator");
    private UUID moderatorId;
    private String passwordOnly;
    private String withMfa;

    @Inject
    AuditClient audit;

    @Inject
    AccountAdminClient admin;

    @Inject
    AuthClient auth;

    @Inject
    MfaTestClient mfa;

    @Inject
    AccountService accounts;

    @Inject
    SignUps signUps;

    @Inject
    SecurityLog log;

    @Inject
    ObjectMapper json;

    @BeforeAll
    void appointAModerator() {
        moderatorId = accounts.ensure(moderatorEmail, PASSWORD, Role.MODERATOR, "Moderation")
                .id();
        passwordOnly = auth.login(new LoginRequest(moderatorEmail, PASSWORD)).accessToken();
        withMfa = mfa.enable(passwordOnly, PASSWORD).accessToken();
    }

    @Test
    void moderatorsReadFailedSignInsInTheAuditLog() {
        String email = uniqueEmail("victim");
        TokenResponse victim = signUp(email);
        assertThatThrownBy(() -> auth.login(new LoginRequest(email, "mauvais mot de passe")))
                .isInstanceOf(HttpClientResponseException.class);

        try (var ignored = BearerToken.as(passwordOnly)) {
            var events = audit.events(victim.accountId(), null, 0, 50).items();
            assertThat(events)
                    .extracting(SecurityEventView::type)
                    .contains(
                            SecurityEventType.SIGN_UP,
                            SecurityEventType.EMAIL_VERIFIED,
                            SecurityEventType.LOGIN_SUCCEEDED);
            assertThat(audit.events(null, SecurityEventType.LOGIN_FAILED, 0, 50).items())
                    .isNotEmpty();
        }
    }

    @Test
    void refusesTheAuditLogToOtherRolesWith403() {
        try (var ignored = BearerToken.as(signUp(uniqueEmail("curious")).accessToken())) {
            assertThatThrownBy(() -> audit.events(null, null, 0, 10))
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            e -> assertThat(e.code()).isEqualTo(403));
        }
    }

    @Test
    void refusesARoleChangeByAModeratorWithoutMfaWith403() {
        TokenResponse target = signUp(uniqueEmail("sme"));
        try (var ignored = BearerToken.as(passwordOnly)) {
            assertThatThrownBy(
                            () -> admin.changeRole(target.accountId(), new AccountRequests.RoleChange(Role.PROVIDER)))
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            e -> assertThat(e.code()).isEqualTo(403));
        }
    }

    @Test
    void changesARoleEndsTheAccountsSessionsAndLogsIt() {
        TokenResponse target = signUp(uniqueEmail("promoted"));
        try (var ignored = BearerToken.as(withMfa)) {
            assertThat(admin.changeRole(target.accountId(), new AccountRequests.RoleChange(Role.PROVIDER))
                            .role())
                    .isEqualTo(Role.PROVIDER);
            assertThat(audit.events(target.accountId(), SecurityEventType.ROLE_CHANGED, 0, 10)
                            .items())
                    .singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("SME -> PROVIDER"));
        }
        assertThatThrownBy(() -> auth.refresh(new io.vetted.identity.auth.RefreshRequest(target.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void aPersonsOwnEventsShowAModeratorsActionWithoutTheModeratorsIdOrAddress() throws IOException {
        TokenResponse target = signUp(uniqueEmail("suspended"));
        try (var ignored = BearerToken.as(withMfa)) {
            admin.suspend(target.accountId());
        }

        List<OwnSecurityEvent> own = log.of(target.accountId());
        assertThat(own)
                .filteredOn(e -> e.type() == SecurityEventType.ACCOUNT_DISABLED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(OwnSecurityEvent.Actor.MODERATOR);
                    assertThat(e.clientAddress()).isNull();
                });
        // the person's own sign-in keeps the address it came from: it is their data
        assertThat(own)
                .filteredOn(e -> e.type() == SecurityEventType.LOGIN_SUCCEEDED)
                .allSatisfy(e -> {
                    assertThat(e.actor()).isEqualTo(OwnSecurityEvent.Actor.YOU);
                    assertThat(e.clientAddress()).isNotBlank();
                });
        assertThat(json.writeValueAsString(own)).doesNotContain(moderatorId.toString());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String email = uniqueEmail("disabled");
        TokenResponse target = signUp(email);
        try (var ignored = BearerToken.as(withMfa)) {
            admin.suspend(target.accountId());
        }

        assertThatThrownBy(() -> auth.login(new LoginRequest(email, PASSWORD)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
    }

    private TokenResponse signUp(String email) {
        signUps.verified(email, PASSWORD, Role.SME);
        return auth.login(new LoginRequest(email, PASSWORD));
    }
}
