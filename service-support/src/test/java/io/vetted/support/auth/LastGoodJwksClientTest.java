package io.vetted.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.token.jwt.nimbus.ReactiveJwksSignature;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Token checks while the issuer's JWKS endpoint is down, as in the kill drill's identity-service round. */
class LastGoodJwksClientTest {

    private final RSAKey first = JwksIssuer.key();
    private final RSAKey second = JwksIssuer.key();
    private final JwksIssuer issuer = new JwksIssuer(first);
    private ApplicationContext context;

    @AfterEach
    void stop() {
        context.close();
        issuer.close();
    }

    @Test
    void keepsCheckingTokensWithTheLastKeysWhileTheIssuerIsDown() throws Exception {
        startService("1h");
        assertThat(verifies(JwksIssuer.signedBy(first))).isTrue();

        issuer.down(true);
        Thread.sleep(1_500); // past the one-second key cache: the next check refetches and fails

        assertThat(verifies(JwksIssuer.signedBy(first))).isTrue();
    }

    @Test
    void refusesTokensOnceTheLastKeysAreOlderThanTheMaximumStaleness() throws Exception {
        startService("1s");
        assertThat(verifies(JwksIssuer.signedBy(first))).isTrue();

        issuer.down(true);
        Thread.sleep(1_500);

        assertThat(verifies(JwksIssuer.signedBy(first))).isFalse();
    }

    @Test
    void takesTheIssuersNewKeysAsSoonAsItAnswersAgain() throws Exception {
        startService("1h");
        assertThat(verifies(JwksIssuer.signedBy(first))).isTrue();
        issuer.down(true);
        Thread.sleep(1_500);
        assertThat(verifies(JwksIssuer.signedBy(first))).isTrue();

        issuer.publish(second);
        issuer.down(false);
        Thread.sleep(1_500);

        assertThat(verifies(JwksIssuer.signedBy(second))).isTrue();
        assertThat(verifies(JwksIssuer.signedBy(first))).isFalse();
    }

    private void startService(String maxStale) {
        context = issuer.service(Map.of("vetted.jwks.max-stale", maxStale));
    }

    private boolean verifies(SignedJWT jwt) {
        ReactiveJwksSignature signature = context.getBean(ReactiveJwksSignature.class, Qualifiers.byName("identity"));
        return Boolean.TRUE.equals(Mono.from(signature.verify(jwt)).block());
    }
}
