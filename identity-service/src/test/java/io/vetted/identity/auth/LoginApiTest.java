package io.vetted.identity.auth;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginApiTest implements IdentityTest {

    private final String email = uniqueEmail("claire");

    @Inject
    AuthClient auth;

    @Inject
    SignUps signUps;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void registerAnAccount() {
        signUps.verified(email, PASSWORD, Role.SME);
    }

    @Test
    void issuesAnRs256AccessTokenThatThePublishedJwksVerifies() throws Exception {
        TokenResponse token = auth.login(new LoginRequest(email.toUpperCase(Locale.ROOT), PASSWORD));

        SignedJWT jwt = SignedJWT.parse(token.accessToken());
        JWKSet jwks = JWKSet.parse(http.toBlocking().retrieve("/.well-known/jwks.json"));
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(key).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void answersTokensWithNoStore() {
        var answer = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", PASSWORD)),
                        String.class);

        assertThat(answer.getHeaders().get("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void putsTheAccountItsRoleAudienceAndAuthenticationMethodInTheClaims() throws Exception {
        TokenResponse token = auth.login(new LoginRequest(email, PASSWORD));

        var claims = SignedJWT.parse(token.accessToken()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(token.accountId().toString());
        assertThat(claims.getIssuer()).isEqualTo("vetted-identity");
        assertThat(claims.getAudience()).containsExactly("vetted");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SME");
        assertThat(claims.getStringListClaim("amr")).containsExactly("pwd");
        assertThat(claims.getNotBeforeTime()).isNotNull();
        assertThat(claims.getExpirationTime().toInstant())
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(4)), Instant.now().plus(Duration.ofMinutes(5)));
    }

    @Test
    void refusesAWrongPasswordWith401() {
        assertThatThrownBy(() -> auth.login(new LoginRequest(email, "not the right password")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void answersAnUnknownEmailExactlyLikeAWrongPassword() {
        Throwable wrongPassword = catchError(() -> auth.login(new LoginRequest(email, "not the right password")));
        Throwable unknownEmail =
                catchError(() -> auth.login(new LoginRequest("nobody@nowhere.fr", "not the right password")));

        assertThat(Problems.assertProblem(unknownEmail, HttpStatus.UNAUTHORIZED))
                .isEqualTo(Problems.assertProblem(wrongPassword, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void throttlesAnAccountAfterFiveFailuresWith429AndRetryAfter() {
        String target = uniqueEmail("target");
        signUps.verified(target, PASSWORD, Role.SME);
        for (int i = 0; i < 5; i++) {
            catchError(() -> auth.login(new LoginRequest(target, "guess number " + System.nanoTime())));
        }

        assertThatThrownBy(() -> auth.login(new LoginRequest(target, PASSWORD)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
                    assertThat(Long.parseLong(e.getResponse().header("Retry-After")))
                            .isBetween(1L, 900L);
                });
    }

    @Test
    void rotatesTheRefreshTokenOnUse() {
        TokenResponse first = auth.login(new LoginRequest(email, PASSWORD));

        TokenResponse second = auth.refresh(new RefreshRequest(first.refreshToken()));

        assertThat(second.accessToken()).isNotBlank().isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(auth.refresh(new RefreshRequest(second.refreshToken())).accessToken())
                .isNotBlank();
    }

    @Test
    void endsTheWholeSessionWhenASpentRefreshTokenComesBack() {
        TokenResponse first = auth.login(new LoginRequest(email, PASSWORD));
        TokenResponse second = auth.refresh(new RefreshRequest(first.refreshToken()));
        auth.refresh(new RefreshRequest(second.refreshToken()));

        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(first.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void logoutEndsTheSession() {
        TokenResponse session = auth.login(new LoginRequest(email, PASSWORD));

        auth.logout(new RefreshRequest(session.refreshToken()));

        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(session.refreshToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void refusesAMadeUpRefreshTokenWith401() {
        assertThatThrownBy(() -> auth.refresh(new RefreshRequest(OpaqueTokens.generate())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    private static Throwable catchError(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the call to fail");
    }
}
