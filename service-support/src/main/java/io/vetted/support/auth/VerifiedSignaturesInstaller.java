package io.vetted.support.auth;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Puts {@link VerifiedSignatures} in front of Micronaut's signature validator as it is created
 * (the validator class itself is package-private, so it cannot be replaced by name).
 * {@code vetted.jwt.verified-signatures.ttl} = {@code 0s} turns the memory off.
 */
@Singleton
class VerifiedSignaturesInstaller
        implements BeanCreatedEventListener<ReactiveJsonWebTokenSignatureValidator<SignedJWT>> {

    private final Duration ttl;
    private final long maximumSize;

    VerifiedSignaturesInstaller(
            @Value("${vetted.jwt.verified-signatures.ttl:60s}") Duration ttl,
            @Value("${vetted.jwt.verified-signatures.maximum-size:10000}") long maximumSize) {
        this.ttl = ttl;
        this.maximumSize = maximumSize;
    }

    @Override
    public ReactiveJsonWebTokenSignatureValidator<SignedJWT> onCreated(
            BeanCreatedEvent<ReactiveJsonWebTokenSignatureValidator<SignedJWT>> event) {
        if (ttl.isZero() || event.getBean() instanceof VerifiedSignatures) {
            return event.getBean();
        }
        return new VerifiedSignatures(event.getBean(), ttl, maximumSize);
    }
}
