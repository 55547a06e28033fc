package io.vetted.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.vetted.support.auth.Scopes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for identity-service's token issuing in a single service's tests: signs RS256 tokens
 * shaped like identity-service's and serves the matching JWKS over real HTTP, so the service under
 * test validates them exactly as in production. Cross-service tests use the real identity-service.
 * Besides valid tokens it makes every kind of bad one a service must refuse (RFC 8725).
 */
public final class TestIssuer {

    public static final String ISSUER = "vetted-identity";
    public static final String AUDIENCE = "vetted";
    private static TestIssuer shared;

    private final RSAKey key;
    private final HttpServer server;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
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
                            + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}")
                    .getBytes(StandardCharsets.UTF_8);
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
        return Map.of(
                "micronaut.security.token.jwt.signatures.jwks.identity.url",
                jwksUrl(),
                "micronaut.http.services.identity.url",
                baseUrl(),
                "vetted.service-auth.client-secret",
                "test-client-secret");
    }

    /** A valid access token; PROVIDER and MODERATOR tokens say a second factor was presented, as after MFA sign-in. */
    public String token(String subject, String role) {
        return sign(
                claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                        .build(),
                AccessTokenType.ACCESS);
    }

    /** A valid access token of a password-only sign-in, which the MFA rule refuses for providers' and moderators' writes. */
    public String tokenWithoutMfa(String subject, String role) {
        return sign(
                claims(subject, role, Instant.now(), Duration.ofMinutes(10), List.of("pwd"))
                        .build(),
                AccessTokenType.ACCESS);
    }

    /** A service token granted only {@code scopes} (none at all when empty), as identity-service issues them per client. */
    public String serviceToken(String... scopes) {
        return sign(
                claims("service:test-client", "SERVICE", Instant.now(), Duration.ofMinutes(10), List.of())
                        .claim(Scopes.CLAIM, String.join(" ", scopes))
                        .build(),
                AccessTokenType.ACCESS);
    }

    public String expiredToken(String subject, String role) {
        return sign(
                claims(
                                subject,
                                role,
                                Instant.now().minus(Duration.ofHours(1)),
                                Duration.ofMinutes(10),
                                defaultAmr(role))
                        .build(),
                AccessTokenType.ACCESS);
    }

    /** Issued for later: its {@code nbf} is ten minutes ahead. */
    public String notYetValidToken(String subject, String role) {
        return sign(
                claims(
                                subject,
                                role,
                                Instant.now().plus(Duration.ofMinutes(10)),
                                Duration.ofMinutes(10),
                                defaultAmr(role))
                        .build(),
                AccessTokenType.ACCESS);
    }

    public String tokenForAudience(String subject, String role, String audience) {
        return sign(
                claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                        .audience(audience)
                        .build(),
                AccessTokenType.ACCESS);
    }

    /** Correctly signed but of another type than {@code at+jwt} (e.g. {@code JWT}, or an MFA challenge's). */
    public String tokenOfType(String subject, String role, String type) {
        return sign(
                claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                        .build(),
                new AccessTokenType(type));
    }

    public String tokenFromIssuer(String subject, String role, String issuer) {
        return sign(
                claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                        .issuer(issuer)
                        .build(),
                AccessTokenType.ACCESS);
    }

    /** Signed by a key that is not in the JWKS, under the JWKS key's {@code kid}. */
    public String tokenSignedByAnotherKey(String subject, String role) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            SignedJWT jwt = new SignedJWT(
                    header(JWSAlgorithm.RS256, AccessTokenType.ACCESS),
                    claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                            .build());
            jwt.sign(new RSASSASigner(other));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 with the published public key as the HMAC secret: the classic algorithm-confusion forgery. */
    public String hmacTokenWithThePublicKey(String subject, String role) {
        try {
            byte[] secret = key.toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(
                    header(JWSAlgorithm.HS256, AccessTokenType.ACCESS),
                    claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                            .build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}, no signature. */
    public String unsignedToken(String subject, String role) {
        return new PlainJWT(
                        new PlainHeader.Builder()
                                .type(new JOSEObjectType(AccessTokenType.ACCESS.value()))
                                .build(),
                        claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                                .build())
                .serialize();
    }

    /** A valid token whose payload was then changed (role raised to MODERATOR) without re-signing. */
    public String tamperedToken(String subject, String role) {
        String[] parts = token(subject, role).split("\\.", 3);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + role + "\"", "\"MODERATOR\"");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    /** A token for a new, random account with {@code role}. */
    public TestAccount account(String role) {
        String subject = UUID.randomUUID().toString();
        return new TestAccount(subject, role, token(subject, role));
    }

    /** A new, random account with {@code role} whose token carries {@code email} (a company's, a free-mail one...). */
    public TestAccount account(String role, String email) {
        String subject = UUID.randomUUID().toString();
        return new TestAccount(
                subject,
                role,
                sign(
                        claims(subject, role, Instant.now(), Duration.ofMinutes(10), defaultAmr(role))
                                .claim("email", email)
                                .build(),
                        AccessTokenType.ACCESS));
    }

    /** A new, random account that signed in with its password only. */
    public TestAccount accountWithoutMfa(String role) {
        String subject = UUID.randomUUID().toString();
        return new TestAccount(subject, role, tokenWithoutMfa(subject, role));
    }

    private static List<String> defaultAmr(String role) {
        return "SERVICE".equals(role) ? List.of() : "SME".equals(role) ? List.of("pwd") : List.of("pwd", "mfa");
    }

    private static JWTClaimsSet.Builder claims(
            String subject, String role, Instant issuedAt, Duration lifetime, List<String> amr) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(role));
        if ("SERVICE".equals(role)) {
            claims.claim(Scopes.CLAIM, String.join(" ", Scopes.ALL));
        } else {
            // a company domain of its own per account: references count one per company domain and provider
            claims.claim("email", defaultEmail(subject))
                    .claim("name", "Compte " + subject.substring(0, 8))
                    .claim("amr", amr);
        }
        return claims;
    }

    private JWSHeader header(JWSAlgorithm algorithm, AccessTokenType type) {
        return new JWSHeader.Builder(algorithm)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(type.value()))
                .build();
    }

    private String sign(JWTClaimsSet claims, AccessTokenType type) {
        SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256, type), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return jwt.serialize();
    }

    private record AccessTokenType(String value) {
        static final AccessTokenType ACCESS = new AccessTokenType("at+jwt");
    }

    /** The email a token of {@code subject} carries unless a test chose one. */
    public static String defaultEmail(String subject) {
        return subject.substring(0, 8) + "@client-" + subject.substring(0, 8) + ".fr";
    }

    public record TestAccount(String id, String role, String token) {
        public String bearer() {
            return "Bearer " + token;
        }

        /** The email in this account's token when it was issued without a chosen one. */
        public String email() {
            return defaultEmail(id);
        }
    }
}
