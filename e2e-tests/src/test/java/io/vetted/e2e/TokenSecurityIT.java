package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 8725 in practice: every service refuses forged, tampered, expired, premature, mis-addressed
 * and mistyped tokens with a bare 401, even on public routes, and logs a security event.
 */
@OnPlatform(webUi = false)
class TokenSecurityIT {

    private static final List<String> SERVICES =
            List.of("identity-service", "vendor-service", "review-service", "buyer-service");

    private final HttpClient http = HttpClient.newHttpClient();
    private Platform platform;
    private Api api;
    private Api.Account sme;
    private RSAKey foreignKey;

    @BeforeAll
    void start() throws Exception {
        sme = api.signUpAccount("SME", "PME Témoin");
        foreignKey =
                new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    Stream<Arguments> forgeries() {
        List<Function<TokenSecurityIT, String>> makers = List.of(
                TokenSecurityIT::unsigned,
                TokenSecurityIT::hmacSignedWithThePublicKey,
                TokenSecurityIT::signedByAForeignKey,
                TokenSecurityIT::tamperedRole,
                TokenSecurityIT::truncated,
                TokenSecurityIT::expired,
                TokenSecurityIT::notYetValid,
                TokenSecurityIT::wrongAudience,
                TokenSecurityIT::wrongType,
                TokenSecurityIT::wrongIssuer,
                TokenSecurityIT::withoutExpiry,
                TokenSecurityIT::beyondTheMaximumLifetime,
                t -> "not-a-token");
        List<String> names = List.of(
                "alg none",
                "HS256 with the public key",
                "foreign RSA key",
                "tampered payload",
                "truncated signature",
                "expired",
                "not yet valid",
                "wrong audience",
                "wrong type",
                "wrong issuer",
                "without expiry",
                "valid for a day",
                "garbage");
        return SERVICES.stream()
                .flatMap(service -> java.util.stream.IntStream.range(0, makers.size())
                        .mapToObj(i -> Arguments.of(service, names.get(i), makers.get(i))));
    }

    @ParameterizedTest(name = "{0} refuses a token that is {1}")
    @MethodSource("forgeries")
    void refusesTheTokenWithABare401(String service, String kind, Function<TokenSecurityIT, String> forge)
            throws Exception {
        HttpResponse<String> answer = get(service(service), publicPath(service), forge.apply(this));

        assertThat(answer.statusCode()).as(kind).isEqualTo(401);
        assertThat(answer.body())
                .as(kind)
                .doesNotContainIgnoringCase("signature")
                .doesNotContainIgnoringCase("expired")
                .doesNotContainIgnoringCase("audience");
    }

    @Test
    void acceptsATokenSignedTheSameWayWithNothingChanged() throws Exception {
        String control = realSigned(b -> b, "at+jwt");
        for (String service : SERVICES) {
            assertThat(get(service(service), publicPath(service), control).statusCode())
                    .as(service)
                    .isEqualTo(200);
        }
    }

    @Test
    void acceptsTheRealTokenOnTheSameRoutes() throws Exception {
        for (String service : SERVICES) {
            assertThat(get(service(service), publicPath(service), sme.accessToken())
                            .statusCode())
                    .as(service)
                    .isEqualTo(200);
        }
    }

    @Test
    void recordsRefusedTokensAsSecurityEvents() throws Exception {
        get(platform.vendor, "/api/providers", tamperedRole());

        assertThat(platform.logs(platform.vendor)).contains("security-event type=TOKEN_REJECTED");
    }

    @Test
    void keepsAnInvitationTokenInTheUrlOutOfTheSecurityLog() throws Exception {
        // new on every run: the service logs under target/ outlive a run
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String invitation = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        get(platform.review, "/api/invitations/" + invitation, tamperedRole());

        assertThat(platform.logs(platform.review))
                .contains("path=/api/invitations/[redacted]")
                .doesNotContain(invitation);
    }

    /** A route the SME's real token may read on each service. */
    private String publicPath(String service) {
        return switch (service) {
            case "identity-service" -> "/api/accounts/me";
            case "review-service" -> "/api/references/mine";
            case "buyer-service" -> "/api/buyer/requirements";
            default -> "/api/providers";
        };
    }

    private ServiceProcess service(String name) {
        return platform.all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(ServiceProcess service, String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(service.url() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JWTClaimsSet.Builder claims() throws Exception {
        return new JWTClaimsSet.Builder(SignedJWT.parse(sme.accessToken()).getJWTClaimsSet());
    }

    private String kid() throws Exception {
        return SignedJWT.parse(sme.accessToken()).getHeader().getKeyID();
    }

    private String sign(JWTClaimsSet claims, RSAKey key, String kid, String type) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(kid)
                        .type(new JOSEObjectType(type))
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    String unsigned() {
        try {
            return new PlainJWT(claims().claim("roles", List.of("MODERATOR")).build()).serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String hmacSignedWithThePublicKey() {
        try {
            String jwks = http.send(
                            HttpRequest.newBuilder(
                                            URI.create(platform.address(platform.identity) + "/.well-known/jwks.json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            byte[] secret = com.nimbusds.jose.jwk.JWKSet.parse(jwks)
                    .getKeys()
                    .get(0)
                    .toRSAKey()
                    .toRSAPublicKey()
                    .getEncoded();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(kid())
                            .type(new JOSEObjectType("at+jwt"))
                            .build(),
                    claims().build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String signedByAForeignKey() {
        try {
            return sign(claims().build(), foreignKey, kid(), "at+jwt");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String tamperedRole() {
        String[] parts = sme.accessToken().split("\\.", 3);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"SME\"", "\"MODERATOR\"");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    String truncated() {
        return sme.accessToken().substring(0, sme.accessToken().length() - 8);
    }

    String expired() {
        return realSigned(b -> b.expirationTime(Date.from(Instant.now().minusSeconds(60))), "at+jwt");
    }

    String notYetValid() {
        return realSigned(b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(600))), "at+jwt");
    }

    String wrongAudience() {
        return realSigned(b -> b.audience("another-api"), "at+jwt");
    }

    String wrongType() {
        return realSigned(b -> b, "JWT");
    }

    String withoutExpiry() {
        return realSigned(b -> b.expirationTime(null), "at+jwt");
    }

    /** Signed with the real key, issued now, but claiming a day's life instead of 15 minutes at most. */
    String beyondTheMaximumLifetime() {
        return realSigned(
                b -> b.issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(86_400))),
                "at+jwt");
    }

    String wrongIssuer() {
        return realSigned(b -> b.issuer("https://evil.example"), "at+jwt");
    }

    /**
     * Signed with identity-service's own key (read from the platform's VETTED_HOME, where a local
     * run keeps it), so the one claim or header changed is the only thing wrong with the token.
     */
    private String realSigned(Function<JWTClaimsSet.Builder, JWTClaimsSet.Builder> change, String type) {
        try {
            String pem = Files.readString(platform.home().resolve("secrets").resolve("jwt-signing-key.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            var key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return sign(
                    change.apply(claims()).build(),
                    new RSAKey.Builder(publicKey).privateKey(key).build(),
                    kid(),
                    type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
