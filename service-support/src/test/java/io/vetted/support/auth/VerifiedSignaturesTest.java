package io.vetted.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The service's own signature validator, against a real JWKS endpoint whose key is withdrawn. */
class VerifiedSignaturesTest {

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
    void aTokenAlreadyVerifiedIsNotCheckedAgainWithinTheMemorysPeriod() throws Exception {
        startService("1h");
        SignedJWT token = JwksIssuer.signedBy(first);
        assertThat(verifies(token)).isTrue();

        withdrawTheFirstKey();

        assertThat(verifies(SignedJWT.parse(token.serialize()))).isTrue();
        assertThat(verifies(JwksIssuer.signedBy(first))).isFalse();
    }

    @Test
    void aTokenIsCheckedInFullOnceTheMemorysPeriodIsOver() throws Exception {
        startService("1s");
        SignedJWT token = JwksIssuer.signedBy(first);
        assertThat(verifies(token)).isTrue();

        withdrawTheFirstKey();

        assertThat(verifies(SignedJWT.parse(token.serialize()))).isFalse();
    }

    @Test
    void aTokenWithAnAlteredSignatureIsCheckedInFull() throws Exception {
        startService("1h");
        String token = JwksIssuer.signedBy(first).serialize();
        assertThat(verifies(SignedJWT.parse(token))).isTrue();

        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1) + new StringBuilder(signature).reverse();

        assertThat(verifies(SignedJWT.parse(altered))).isFalse();
        assertThat(verifies(SignedJWT.parse(altered))).isFalse();
    }

    @Test
    void theMemoryCanBeTurnedOff() {
        startService("0s");

        assertThat(validator()).isNotInstanceOf(VerifiedSignatures.class);
    }

    private void withdrawTheFirstKey() throws InterruptedException {
        issuer.publish(second);
        Thread.sleep(1_500); // past the one-second key cache: the next full check sees only the second key
    }

    private void startService(String memory) {
        context = issuer.service(Map.of("vetted.jwt.verified-signatures.ttl", memory));
    }

    private ReactiveJsonWebTokenSignatureValidator<SignedJWT> validator() {
        return context.getBean(Argument.of(ReactiveJsonWebTokenSignatureValidator.class, SignedJWT.class));
    }

    private boolean verifies(SignedJWT jwt) {
        return Boolean.TRUE.equals(Mono.from(validator().validateSignature(jwt)).block());
    }
}
