package io.vetted.testsupport;

import com.nimbusds.jose.JOSEException;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for identity-service's token issuing in a single service's tests: signs RS256 tokens
 * shaped like identity-service's and serves the matching JWKS over real HTTP, so the service under
 * test validates them exactly as in production. Cross-service tests use the real identity-service.
 */
public final class TestIssuer {

    public static final String ISSUER = "vetted-identity";
    private static TestIssuer shared;

    private final RSAKey key;
    private final HttpServer server;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        // client credentials for services under test, as identity-service's endpoint answers them
        server.createContext("/api/auth/service-token", exchange -> {
            byte[] body = ("{\"accessToken\":\"" + token("service:test-client", "SERVICE")
                    + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwksUrl() {
        return baseUrl() + "/.well-known/jwks.json";
    }

    /** Points a service's token validation, and its own service-token requests, at this issuer. */
    public Map<String, String> securityProperties() {
        return Map.of("micronaut.security.token.jwt.signatures.jwks.identity.url", jwksUrl(),
                "micronaut.http.services.identity.url", baseUrl(),
                "vetted.service-auth.client-secret", "test-client-secret");
    }

    public String token(String subject, String role) {
        return sign(subject, role, Instant.now(), Duration.ofMinutes(10));
    }

    public String expiredToken(String subject, String role) {
        return sign(subject, role, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(10));
    }

    /** A token for a new, random account with {@code role}. */
    public TestAccount account(String role) {
        String subject = UUID.randomUUID().toString();
        return new TestAccount(subject, role, token(subject, role));
    }

    private String sign(String subject, String role, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(role))
                .claim("email", subject.substring(0, 8) + "@example.fr")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return jwt.serialize();
    }

    public record TestAccount(String id, String role, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }
}
