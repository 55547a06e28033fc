package io.vetted.support.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TokenLifetimeValidatorTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private final TokenLifetimeValidator validator =
            new TokenLifetimeValidator(Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsATokenIssuedNowForFifteenMinutes() {
        assertThat(valid(NOW, NOW.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void refusesATokenWithoutExpiry() {
        assertThat(valid(NOW, null)).isFalse();
    }

    @Test
    void refusesATokenIssuedForADay() {
        assertThat(valid(NOW, NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void refusesATokenWithoutIssueTimeThatEndsTooFarAhead() {
        assertThat(valid(null, NOW.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void refusesATokenBackdatedToHideALongLifetime() {
        assertThat(valid(NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(14))))
                .isFalse();
    }

    private boolean valid(Instant issued, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("someone");
        if (issued != null) {
            claims.issueTime(Date.from(issued));
        }
        if (expires != null) {
            claims.expirationTime(Date.from(expires));
        }
        return validator.validate(new JwtClaimsSetAdapter(claims.build()), null);
    }
}
