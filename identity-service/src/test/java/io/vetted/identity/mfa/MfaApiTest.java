package io.vetted.identity.mfa;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.auth.MfaLoginRequest;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.Totp;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaApiTest implements IdentityTest {

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

    @Test
    void enrolmentShowsAQrCodeAndTheOtpauthUri() {
        try (var ignored = BearerToken.as(signIn(newProvider()).accessToken())) {
            MfaPayloads.Enrolment enrolment =
                    mfa.enrol(new MfaPayloads.Start(PASSWORD)).body();

            assertThat(enrolment.qrCode()).startsWith("data:image/png;base64,");
            assertThat(enrolment.otpauthUri())
                    .startsWith("otpauth://totp/")
                    .contains("secret=" + enrolment.secret())
                    .contains("issuer=Vetted");
            assertThat(mfa.status().enabled()).isFalse();
        }
    }

    @Test
    void confirmingWithACodeTurnsMfaOnAndReturnsRecoveryCodesAndASessionWithMfa() throws Exception {
        try (var ignored = BearerToken.as(signIn(newProvider()).accessToken())) {
            String secret = mfa.enrol(new MfaPayloads.Start(PASSWORD)).body().secret();

            MfaPayloads.Confirmation confirmation = mfa.confirm(new MfaPayloads.Code(Totp.code(secret)));

            assertThat(confirmation.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
            assertThat(SignedJWT.parse(confirmation.session().accessToken())
                            .getJWTClaimsSet()
                            .getStringListClaim("amr"))
                    .containsExactly("pwd", "mfa");
        }
    }

    @Test
    void refusesAWrongConfirmationCodeWith422() {
        try (var ignored = BearerToken.as(signIn(newProvider()).accessToken())) {
            mfa.enrol(new MfaPayloads.Start(PASSWORD));

            assertThatThrownBy(() -> mfa.confirm(new MfaPayloads.Code("000000")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "code"));
        }
    }

    @Test
    void signInThenAsksForTheCodeAndGivesATokenWithMfa() throws Exception {
        String email = newProvider();
        String secret = enable(email);

        TokenResponse challenge = signIn(email);
        assertThat(challenge.mfaRequired()).isTrue();
        assertThat(challenge.accessToken()).isNull();

        TokenResponse session = auth.completeMfa(new MfaLoginRequest(challenge.mfaToken(), Totp.nextCode(secret)));
        assertThat(SignedJWT.parse(session.accessToken()).getJWTClaimsSet().getStringListClaim("amr"))
                .contains("mfa");
    }

    @Test
    void refusesTheSameCodeTwice() {
        String email = newProvider();
        String secret = enable(email);
        String code = Totp.nextCode(secret);
        auth.completeMfa(new MfaLoginRequest(signIn(email).mfaToken(), code));

        assertThatThrownBy(
                        () -> auth.completeMfa(new MfaLoginRequest(signIn(email).mfaToken(), code)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void refusesTheCodeThatConfirmedTheEnrolmentAtSignIn() {
        String email = newProvider();
        String code;
        try (var ignored = BearerToken.as(signIn(email).accessToken())) {
            String secret = mfa.enrol(new MfaPayloads.Start(PASSWORD)).body().secret();
            code = Totp.code(secret);
            mfa.confirm(new MfaPayloads.Code(code));
        }

        assertThatThrownBy(
                        () -> auth.completeMfa(new MfaLoginRequest(signIn(email).mfaToken(), code)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void acceptsARecoveryCodeOnlyOnce() {
        String email = newProvider();
        String recovery;
        try (var ignored = BearerToken.as(signIn(email).accessToken())) {
            String secret = mfa.enrol(new MfaPayloads.Start(PASSWORD)).body().secret();
            recovery = mfa.confirm(new MfaPayloads.Code(Totp.code(secret)))
                    .recoveryCodes()
                    .get(0);
        }

        assertThat(auth.completeMfa(new MfaLoginRequest(signIn(email).mfaToken(), recovery))
                        .accessToken())
                .isNotBlank();
        assertThatThrownBy(
                        () -> auth.completeMfa(new MfaLoginRequest(signIn(email).mfaToken(), recovery)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void refusesAForgedChallengeWith401() {
        assertThatThrownBy(() -> auth.completeMfa(new MfaLoginRequest("eyJhbGciOiJub25lIn0.e30.", "123456")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void throttlesCodeGuessingWith429() {
        String email = newProvider();
        enable(email);
        String challenge = signIn(email).mfaToken();
        for (int i = 0; i < 5; i++) {
            int guess = i;
            assertThatThrownBy(() -> auth.completeMfa(new MfaLoginRequest(challenge, String.format("%06d", guess))))
                    .isInstanceOf(HttpClientResponseException.class);
        }

        assertThatThrownBy(() -> auth.completeMfa(new MfaLoginRequest(challenge, "999999")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
                    assertThat(e.getResponse().header("Retry-After")).isNotBlank();
                });
    }

    private String newProvider() {
        String email = uniqueEmail("mfa");
        signUps.verified(email, PASSWORD, Role.PROVIDER);
        return email;
    }

    private TokenResponse signIn(String email) {
        return auth.login(new LoginRequest(email, PASSWORD));
    }

    private String enable(String email) {
        try (var ignored = BearerToken.as(signIn(email).accessToken())) {
            String secret = mfa.enrol(new MfaPayloads.Start(PASSWORD)).body().secret();
            mfa.confirm(new MfaPayloads.Code(Totp.code(secret)));
            return secret;
        }
    }
}
