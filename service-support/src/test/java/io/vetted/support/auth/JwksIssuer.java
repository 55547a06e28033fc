package io.vetted.support.auth;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An issuer's JWKS endpoint over real HTTP whose published key can change and which can answer
 * 503, and a service context that checks tokens against it with a one-second key cache.
 */
final class JwksIssuer implements AutoCloseable {

    private final HttpServer server;
    private volatile RSAKey published;
    private volatile boolean down;

    JwksIssuer(RSAKey published) {
        this.published = published;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            byte[] body = new JWKSet(this.published.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(down ? 503 : 200, down ? -1 : body.length);
            if (!down) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    void publish(RSAKey key) {
        published = key;
    }

    void down(boolean isDown) {
        down = isDown;
    }

    /** A service's context trusting this issuer, with {@code settings} added. */
    ApplicationContext service(Map<String, Object> settings) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "micronaut.http.services.identity.url",
                url,
                "micronaut.security.token.jwt.signatures.jwks.identity.url",
                url + "/.well-known/jwks.json",
                "micronaut.security.token.jwt.signatures.jwks.identity.cache-expiration",
                1,
                "vetted.service-auth.client-id",
                "test-service"));
        properties.putAll(settings);
        return ApplicationContext.run(properties);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An access token signed by {@code key}, with its own id so no two are alike. */
    static SignedJWT signedBy(RSAKey key) throws Exception {
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

    static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
