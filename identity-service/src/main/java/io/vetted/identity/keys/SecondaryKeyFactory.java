package io.vetted.identity.keys;

import com.nimbusds.jose.JOSEException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.interfaces.RSAPublicKey;

/** Lets this service accept tokens the secondary key signed, as the other services do through the JWKS. */
@Factory
class SecondaryKeyFactory {

    @Singleton
    @Named("secondary")
    @Requires(property = "vetted.jwt.secondary-key", pattern = "(?s).*\\S.*")
    RSASignatureConfiguration secondary(SigningKey signingKey) {
        RSAPublicKey publicKey;
        try {
            publicKey = signingKey.secondary().orElseThrow().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return new RSASignatureConfiguration() {
            @Override
            public RSAPublicKey getPublicKey() {
                return publicKey;
            }
        };
    }
}
