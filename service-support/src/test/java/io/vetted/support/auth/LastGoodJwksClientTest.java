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
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.token.jwt.nimbus.ReactiveJwksSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Token checks while the issuer's JWKS endpoint is down, as in the kill drill's identity-service round. */
class LastGoodJwksClientTest {

    private final RSAKey first = key();
    private final RSAKey second = key();
    private volatile RSAKey published = first;
    private volatile boolean down;
    private HttpServer issuer;
    private ApplicationContext context;

    @BeforeEach
    void start() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer.createContext("/.well-known/jwks.json", exchange -> {
            byte[] body = new JWKSet(published.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(down ? 503 : 200, down ? -1 : body.length);
            if (!down) {
                exchange.getResponseBody().write(body);
            }
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
    void keepsCheckingTokensWithTheLastKeysWhileTheIssuerIsDown() throws Exception {
        startService("1h");
        assertThat(verifies(signedBy(first))).isTrue();

        down = true;
        Thread.sleep(1_500); // past the one-second key cache: the next check refetches and fails

        assertThat(verifies(signedBy(first))).isTrue();
    }

    @Test
    void refusesTokensOnceTheLastKeysAreOlderThanTheMaximumStaleness() throws Exception {
        startService("1s");
        assertThat(verifies(signedBy(first))).isTrue();

        down = true;
        Thread.sleep(1_500);

        assertThat(verifies(signedBy(first))).isFalse();
    }

    @Test
    void takesTheIssuersNewKeysAsSoonAsItAnswersAgain() throws Exception {
        startService("1h");
        assertThat(verifies(signedBy(first))).isTrue();
        down = true;
        Thread.sleep(1_500);
        assertThat(verifies(signedBy(first))).isTrue();

        published = second;
        down = false;
        Thread.sleep(1_500);

        assertThat(verifies(signedBy(second))).isTrue();
        assertThat(verifies(signedBy(first))).isFalse();
    }

    private void startService(String maxStale) {
        String url = "http://127.0.0.1:" + issuer.getAddress().getPort();
        context = ApplicationContext.run(Map.of(
                "micronaut.http.services.identity.url",
                url,
                "micronaut.security.token.jwt.signatures.jwks.identity.url",
                url + "/.well-known/jwks.json",
                "micronaut.security.token.jwt.signatures.jwks.identity.cache-expiration",
                1,
                "vetted.jwks.max-stale",
                maxStale,
                "vetted.service-auth.client-id",
                "test-service"));
    }

    private boolean verifies(SignedJWT jwt) {
        ReactiveJwksSignature signature = context.getBean(ReactiveJwksSignature.class, Qualifiers.byName("identity"));
        return Boolean.TRUE.equals(Mono.from(signature.verify(jwt)).block());
    }

    private static SignedJWT signedBy(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                new JWTClaimsSet.Builder().subject("someone").build());
        jwt.sign(new RSASSASigner(key));
        return SignedJWT.parse(jwt.serialize());
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(java.util.UUID.randomUUID().toString())
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
