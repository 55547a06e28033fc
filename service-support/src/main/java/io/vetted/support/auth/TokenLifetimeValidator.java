package io.vetted.support.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * An access token must say when it ends, and no later than the longest lifetime identity-service
 * issues (15 minutes) from when it was issued and from now. Micronaut's own expiry check lets a
 * token without {@code exp} through, and would accept one minted with a year's lifetime by
 * anyone holding the signing key for a moment; both are refused in every service.
 */
@Singleton
final class TokenLifetimeValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    /** Clock skew allowed between identity-service and the service checking the token. */
    static final Duration SKEW = Duration.ofMinutes(1);

    private final Duration maxLifetime;
    private final Clock clock;

    @Inject
    TokenLifetimeValidator(@Value("${vetted.tokens.max-lifetime:15m}") Duration maxLifetime) {
        this(maxLifetime, Clock.systemUTC());
    }

    TokenLifetimeValidator(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Instant expiry = instant(claims.get(Claims.EXPIRATION_TIME));
        if (expiry == null) {
            return false;
        }
        Instant latest = clock.instant().plus(maxLifetime).plus(SKEW);
        Instant issued = instant(claims.get(Claims.ISSUED_AT));
        if (issued != null && expiry.isAfter(issued.plus(maxLifetime).plus(SKEW))) {
            return false;
        }
        return !expiry.isAfter(latest);
    }

    private static @Nullable Instant instant(@Nullable Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (claim instanceof Instant instant) {
            return instant;
        }
        return null;
    }
}
