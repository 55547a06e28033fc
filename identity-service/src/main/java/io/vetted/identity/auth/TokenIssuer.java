package io.vetted.identity.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vetted.identity.account.Account;
import io.vetted.identity.keys.SigningKey;
import io.vetted.support.auth.AccessTokens;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;
import io.vetted.support.auth.ServiceToken;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 access tokens shaped by RFC 9068 and RFC 8725: header {@code typ: at+jwt} and
 * {@code kid}; claims {@code iss}, {@code aud}, {@code sub}, {@code iat}, {@code nbf}, {@code exp},
 * {@code jti}, {@code roles}, and for people {@code email}, {@code name}, {@code amr} and {@code sid}.
 */
@Singleton
public class TokenIssuer {

    static final String MFA_CHALLENGE_TYPE = "mfa-challenge+jwt";

    private final SigningKey key;
    private final JwtSettings settings;

    TokenIssuer(SigningKey key, JwtSettings settings) {
        this.key = key;
        this.settings = settings;
    }

    /** {@code sid}: the sign-in (refresh-token family) the token belongs to, so a client can ask whether it is still on. */
    public static final String SESSION_CLAIM = "sid";

    public String accessToken(Account account, boolean secondFactor, UUID sessionId) {
        List<String> amr =
                secondFactor ? List.of(AccessTokens.PASSWORD, AccessTokens.MFA) : List.of(AccessTokens.PASSWORD);
        return sign(
                AccessTokens.TYPE,
                base(account.id().toString(), settings.audience(), settings.accessTokenLifetime())
                        .claim("roles", List.of(account.role().name()))
                        .claim("email", account.email())
                        .claim("name", account.displayName())
                        .claim(AccessTokens.AMR, amr)
                        .claim(SESSION_CLAIM, sessionId.toString())
                        .build());
    }

    public long accessTokenSeconds() {
        return settings.accessTokenLifetime().toSeconds();
    }

    public ServiceToken.Response forService(String clientId, List<String> scopes) {
        String token = sign(
                AccessTokens.TYPE,
                base("service:" + clientId, settings.audience(), settings.accessTokenLifetime())
                        .claim("roles", List.of(Roles.SERVICE))
                        .claim(Scopes.CLAIM, String.join(" ", scopes))
                        .build());
        return new ServiceToken.Response(token, "Bearer", accessTokenSeconds());
    }

    /** Proof that the password was right, good for five minutes and only at the MFA step; no service accepts it. */
    String mfaChallenge(UUID accountId) {
        return sign(
                MFA_CHALLENGE_TYPE,
                base(accountId.toString(), settings.issuer() + "/mfa", Duration.ofMinutes(5))
                        .build());
    }

    String mfaAudience() {
        return settings.issuer() + "/mfa";
    }

    private JWTClaimsSet.Builder base(String subject, String audience, Duration lifetime) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(audience)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(String type, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.keyId())
                        .type(new JOSEObjectType(type))
                        .build(),
                claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
