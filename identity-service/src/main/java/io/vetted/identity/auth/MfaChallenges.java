package io.vetted.identity.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.vetted.identity.keys.SigningKey;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Reads back the MFA challenge {@link TokenIssuer} hands out after a correct password. */
@Singleton
class MfaChallenges {

    private final SigningKey key;
    private final TokenIssuer issuer;
    private final JwtSettings settings;

    MfaChallenges(SigningKey key, TokenIssuer issuer, JwtSettings settings) {
        this.key = key;
        this.issuer = issuer;
        this.settings = settings;
    }

    Optional<UUID> accountOf(String challenge) {
        try {
            SignedJWT jwt = SignedJWT.parse(challenge);
            var claims = jwt.getJWTClaimsSet();
            boolean valid = JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    && new JOSEObjectType(TokenIssuer.MFA_CHALLENGE_TYPE)
                            .equals(jwt.getHeader().getType())
                    && jwt.verify(new RSASSAVerifier(key.getPublicKey()))
                    && settings.issuer().equals(claims.getIssuer())
                    && claims.getAudience().contains(issuer.mfaAudience())
                    && claims.getExpirationTime() != null
                    && claims.getExpirationTime().toInstant().isAfter(Instant.now());
            return valid ? Optional.of(UUID.fromString(claims.getSubject())) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
