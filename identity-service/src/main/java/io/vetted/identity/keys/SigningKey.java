package io.vetted.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import io.vetted.identity.auth.JwtSettings;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RSA key that signs every token (RS256), published in the JWKS with its RFC 7638 thumbprint
 * as {@code kid}; beside it, the optional secondary (previous) key, published and accepted but
 * never used to sign, so keys rotate without cutting live sessions.
 */
@Singleton
@Named("generator")
public class SigningKey implements RSASignatureGeneratorConfiguration, JwkProvider {

    static final String LOCAL_SECRET = "jwt-signing-key.pem";

    private final RSAKey key;

    @Nullable
    private final RSAKey secondary;

    public SigningKey(JwtSettings settings, LocalSecrets secrets) {
        this.key = withThumbprint(
                RsaPem.parse(secrets.configuredOrLocal(settings.privateKey(), LOCAL_SECRET, RsaPem::generate)));
        String previous = settings.secondaryKey();
        this.secondary = previous == null || previous.isBlank() ? null : withThumbprint(RsaPem.parse(previous));
    }

    public String keyId() {
        return key.getKeyID();
    }

    public JWSSigner signer() {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<RSAKey> secondary() {
        return Optional.ofNullable(secondary);
    }

    @Override
    public RSAPrivateKey getPrivateKey() {
        try {
            return (RSAPrivateKey) key.toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public RSAPublicKey getPublicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public JWSAlgorithm getJwsAlgorithm() {
        return JWSAlgorithm.RS256;
    }

    @Override
    public List<JWK> retrieveJsonWebKeys() {
        List<JWK> keys = new ArrayList<>(List.of(key.toPublicJWK()));
        secondary().ifPresent(previous -> keys.add(previous.toPublicJWK()));
        return keys;
    }

    private static RSAKey withThumbprint(RSAKey parsed) {
        try {
            return new RSAKey.Builder(parsed)
                    .keyIDFromThumbprint()
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the signing key's thumbprint", e);
        }
    }
}
