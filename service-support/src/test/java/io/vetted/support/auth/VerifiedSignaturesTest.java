package io.vetted.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The service's own signature validator, against a real JWKS endpoint whose key is withdrawn. */
class VerifiedSignaturesTest {

    private final RSAKey first = key();
    private final RSAKey second = key();
    private volatile RSAKey published = first;
    private HttpServer issuer;
    private ApplicationContext context;

    @BeforeEach
    void start() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer.createContext("/.well-known/jwks.json", exchange -> {
            byte[] body = new JWKSet(published.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
    }

    @AfterEach
    void stop() {
        context.close();
        issuer.stop(0);
    }

    @Test
    void aTokenAlreadyVerifiedIsNotCheckedAgainWithinTheMemorysPeriod() throws Exception {
        startService("1h");
        SignedJWT token = signedBy(first);
        assertThat(verifies(token)).isTrue();

        withdrawTheFirstKey();

        assertThat(verifies(SignedJWT.parse(token.serialize()))).isTrue();
        assertThat(verifies(signedBy(first))).isFalse();
    }

    @Test
    void aTokenIsCheckedInFullOnceTheMemorysPeriodIsOver() throws Exception {
        startService("1s");
        SignedJWT token = signedBy(first);
        assertThat(verifies(token)).isTrue();

        withdrawTheFirstKey();

        assertThat(verifies(SignedJWT.parse(token.serialize()))).isFalse();
    }

    @Test
    void aTokenWithAnAlteredSignatureIsCheckedInFull() throws Exception {
        startService("1h");
        String token = signedBy(first).serialize();
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
        published = second;
        Thread.sleep(1_500); // past the one-second key cache: the next full check sees only the second key
    }

    private void startService(String memory) {
        String url = "http://127.0.0.1:" + issuer.getAddress().getPort();
        context = ApplicationContext.run(Map.of(
                "micronaut.http.services.identity.url",
                url,
                "micronaut.security.token.jwt.signatures.jwks.identity.url",
                url + "/.well-known/jwks.json",
                "micronaut.security.token.jwt.signatures.jwks.identity.cache-expiration",
                1,
                "vetted.jwt.verified-signatures.ttl",
                memory,
                "vetted.service-auth.client-id",
                "test-service"));
    }

    private ReactiveJsonWebTokenSignatureValidator<SignedJWT> validator() {
        return context.getBean(Argument.of(ReactiveJsonWebTokenSignatureValidator.class, SignedJWT.class));
    }

    private boolean verifies(SignedJWT jwt) {
        return Boolean.TRUE.equals(Mono.from(validator().validateSignature(jwt)).block());
    }

    private static SignedJWT signedBy(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                new JWTClaimsSet.Builder()
                        .subject("someone")
                        .jwtID(UUID.randomUUID().toString())
                        .build());
        jwt.sign(new RSASSASigner(key));
        return SignedJWT.parse(jwt.serialize());
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
