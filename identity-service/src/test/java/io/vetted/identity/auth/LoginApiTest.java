package io.vetted.identity.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.account.AccountService;
import io.vetted.identity.account.RegisterAccountRequest;
import io.vetted.identity.account.Role;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginApiTest implements PostgresTest {

    private static final String EMAIL = "claire@pme-bordeaux.fr";
    private static final String PASSWORD = "une phrase de passe solide";

    @Inject
    AuthClient auth;

    @Inject
    AccountService accounts;

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void registerAnAccount() {
        accounts.register(new RegisterAccountRequest(EMAIL, PASSWORD, Role.SME, "Claire Martin"));
    }

    @Test
    void issuesAnRs256TokenThatThePublishedJwksVerifies() throws Exception {
        TokenResponse token = auth.login(new LoginRequest("Claire@PME-Bordeaux.fr", PASSWORD));

        SignedJWT jwt = SignedJWT.parse(token.accessToken());
        JWKSet jwks = JWKSet.parse(http.toBlocking().retrieve("/.well-known/jwks.json"));
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void putsTheAccountAndItsRoleInTheClaims() throws Exception {
        TokenResponse token = auth.login(new LoginRequest(EMAIL, PASSWORD));

        var claims = SignedJWT.parse(token.accessToken()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(token.accountId().toString());
        assertThat(claims.getIssuer()).isEqualTo("vetted-identity");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SME");
        assertThat(claims.getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
    }

    @Test
    void refusesAWrongPasswordWith401() {
        assertThatThrownBy(() -> auth.login(new LoginRequest(EMAIL, "not the right password")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void answersAnUnknownEmailExactlyLikeAWrongPassword() {
        Throwable wrongPassword = catchError(() -> auth.login(new LoginRequest(EMAIL, "not the right password")));
        Throwable unknownEmail = catchError(() -> auth.login(new LoginRequest("nobody@nowhere.fr", "not the right password")));

        assertThat(Problems.assertProblem(unknownEmail, HttpStatus.UNAUTHORIZED))
                .isEqualTo(Problems.assertProblem(wrongPassword, HttpStatus.UNAUTHORIZED));
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
