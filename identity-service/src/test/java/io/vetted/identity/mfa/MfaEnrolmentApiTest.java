package io.vetted.identity.mfa;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Binding an authenticator needs a fresh password confirmation, not only a session (issue 14). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaEnrolmentApiTest implements IdentityTest {

    /** Starting an enrolment checks the password (Argon2): on a busy machine a first call may outlast 10 s. */
    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.http.client.read-timeout", "30s");
    }

    @Inject
    MfaClient mfa;

    @Inject
    AuthClient auth;

    @Inject
    SignUps signUps;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void startsTheEnrolmentWithTheCurrentPassword() {
        try (var ignored = BearerToken.as(newProviderToken())) {
            assertThat(mfa.enrol(new MfaPayloads.Start(PASSWORD)).code()).isEqualTo(201);
            assertThat(mfa.status().pending()).isTrue();
        }
    }

    @Test
    void refusesToStartTheEnrolmentWithAWrongPasswordWith422NamingPassword() {
        try (var ignored = BearerToken.as(newProviderToken())) {
            assertThatThrownBy(() -> mfa.enrol(new MfaPayloads.Start("pas mon mot de passe")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "password"));
            assertThat(mfa.status().pending()).isFalse();
        }
    }

    @Test
    void refusesToStartTheEnrolmentWithoutAPasswordWith400NamingPassword() {
        String token = newProviderToken();

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST("/api/accounts/me/mfa/enrolment", Map.of())
                                .bearerAuth(token)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "password"));
    }

    private String newProviderToken() {
        String email = uniqueEmail("enrol");
        signUps.verified(email, PASSWORD, Role.PROVIDER);
        return auth.login(new LoginRequest(email, PASSWORD)).accessToken();
    }
}
