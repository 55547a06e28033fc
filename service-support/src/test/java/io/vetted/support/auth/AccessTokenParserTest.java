package io.vetted.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class AccessTokenParserTest {

    private static final JWTClaimsSet CLAIMS = new JWTClaimsSet.Builder()
            .subject("someone")
            .issuer("vetted-identity")
            .build();

    private final AccessTokenParser parser = new AccessTokenParser();
    private final RSAKey key = generate();

    @Test
    void admitsAnRs256AccessToken() throws Exception {
        assertThat(parser.parse(rs256("at+jwt"))).isPresent();
        assertThat(parser.parseClaims(rs256("at+jwt")))
                .hasValueSatisfying(c -> assertThat(c.get("sub")).isEqualTo("someone"));
    }

    @Test
    void refusesATokenOfAnotherType() throws Exception {
        assertThat(parser.parse(rs256("JWT"))).isEmpty();
        assertThat(parser.parse(rs256("mfa-challenge+jwt"))).isEmpty();
    }

    @Test
    void refusesAnUnsignedToken() {
        String none = new PlainJWT(
                        new PlainHeader.Builder()
                                .type(new JOSEObjectType("at+jwt"))
                                .build(),
                        CLAIMS)
                .serialize();

        assertThat(parser.parse(none)).isEmpty();
    }

    @Test
    void refusesAnHmacToken() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                CLAIMS);
        jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));

        assertThat(parser.parse(jwt.serialize())).isEmpty();
    }

    @Test
    void refusesSomethingThatIsNotAToken() {
        assertThat(parser.parse("not.a.token")).isEmpty();
        assertThat(parser.parseClaims("garbage")).isEmpty();
    }

    @Test
    void keepsAttackerTextFromForgingLogLines() {
        assertThat(SecurityEvents.sanitise("/api\nsecurity-event type=FAKE"))
                .isEqualTo("/api_security-event_type=FAKE");
    }

    private String rs256(String type) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType(type))
                        .build(),
                CLAIMS);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
