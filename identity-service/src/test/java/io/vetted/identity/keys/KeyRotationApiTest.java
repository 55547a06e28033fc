package io.vetted.identity.keys;

import static io.vetted.identity.IdentityTest.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A key rotation in flight: the new key signs, the previous one is still published and accepted. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRotationApiTest implements IdentityTest {

    private static final String PREVIOUS = RsaPem.generate();

    @Inject
    AuthClient auth;

    @Inject
    SignUps signUps;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("vetted.jwt.secondary-key", PREVIOUS);
    }

    @Test
    void publishesBothKeysAndSignsWithTheNewOne() throws Exception {
        String email = uniqueEmail("rotation");
        signUps.verified(email, PASSWORD, Role.SME);
        String kid = SignedJWT.parse(
                        auth.login(new LoginRequest(email, PASSWORD)).accessToken())
                .getHeader()
                .getKeyID();

        JWKSet jwks = JWKSet.parse(http.toBlocking().retrieve("/.well-known/jwks.json"));

        assertThat(jwks.getKeys())
                .extracting(k -> k.getKeyID())
                .containsExactly(kid, previousKey().getKeyID());
    }

    @Test
    void stillAcceptsATokenThePreviousKeySigned() throws Exception {
        String email = uniqueEmail("previous");
        signUps.verified(email, PASSWORD, Role.SME);
        SignedJWT current =
                SignedJWT.parse(auth.login(new LoginRequest(email, PASSWORD)).accessToken());
        RSAKey previous = previousKey();
        SignedJWT old = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(previous.getKeyID())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                current.getJWTClaimsSet());
        old.sign(new RSASSASigner(previous));

        var me = http.toBlocking().exchange(HttpRequest.GET("/api/accounts/me").bearerAuth(old.serialize()), Map.class);

        assertThat(me.body()).containsEntry("email", email);
    }

    private static RSAKey previousKey() throws Exception {
        return new RSAKey.Builder(RsaPem.parse(PREVIOUS)).keyIDFromThumbprint().build();
    }
}
