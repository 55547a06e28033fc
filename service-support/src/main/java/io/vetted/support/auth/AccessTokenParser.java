package io.vetted.support.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts only what an access token can look like before its signature is checked (RFC 8725):
 * a signed JWT, RS256, with {@code typ: at+jwt}. Unsigned ({@code alg: none}), HMAC (the
 * public-key-as-secret confusion), encrypted and other-purpose tokens never reach validation.
 */
@Singleton
@Replaces(JsonWebTokenParser.class)
final class AccessTokenParser implements JsonWebTokenParser<JWT> {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenParser.class);
    private static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType(AccessTokens.TYPE);

    @Override
    public Optional<JWT> parse(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            if (jwt instanceof SignedJWT signed
                    && JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())
                    && ACCESS_TOKEN.equals(signed.getHeader().getType())) {
                return Optional.of(jwt);
            }
            LOG.debug("Refused a token that is not an RS256 access token: {}", jwt.getHeader());
        } catch (ParseException | RuntimeException e) {
            LOG.debug("Refused a token that does not parse: {}", e.getMessage());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Claims> parseClaims(String token) {
        return parse(token).flatMap(jwt -> {
            try {
                return Optional.of(new JwtClaimsSetAdapter(jwt.getJWTClaimsSet()));
            } catch (ParseException e) {
                return Optional.empty();
            }
        });
    }
}
