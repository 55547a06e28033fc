package io.vetted.support.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Remembers, for a short while, which exact tokens already passed the RS256 signature check, so a
 * token sent again (a service token is reused for every call until it is renewed, a visitor's for
 * every page) is not verified again: on C1-compiled services one RSA check cost about 15 % of the
 * CPU of a posted reference. Only the signature is remembered; the claims (expiry, issuer,
 * audience, lifetime, revocation) are checked on every request as before.
 *
 * <p>The key is a SHA-256 digest of the token's whole compact form, so a token differing in any
 * byte, its signature included, is checked in full. Only successes are kept, at most {@code
 * maximumSize} of them and for {@code ttl}: a signing key withdrawn from the JWKS stops
 * verifying remembered tokens after at most that long, as it already does after the JWKS cache's
 * own period.
 */
final class VerifiedSignatures implements ReactiveJsonWebTokenSignatureValidator<SignedJWT> {

    private final ReactiveJsonWebTokenSignatureValidator<SignedJWT> delegate;
    private final Cache<String, Boolean> verified;

    VerifiedSignatures(ReactiveJsonWebTokenSignatureValidator<SignedJWT> delegate, Duration ttl, long maximumSize) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .build();
    }

    @Override
    public Publisher<Boolean> validateSignature(SignedJWT token) {
        String compact = token.getParsedString();
        if (compact == null) {
            return delegate.validateSignature(token);
        }
        String key = digest(compact);
        if (verified.getIfPresent(key) != null) {
            return Mono.just(true);
        }
        return Mono.from(delegate.validateSignature(token)).doOnNext(valid -> {
            if (valid) {
                verified.put(key, Boolean.TRUE);
            }
        });
    }

    private static String digest(String compact) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(compact.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
