package io.vetted.identity.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import io.vetted.identity.auth.JwtSettings;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * The RSA key that signs every token (RS256) and is published in the JWKS with its RFC 7638
 * thumbprint as {@code kid}.
 */
@Singleton
@Named("generator")
class SigningKey implements RSASignatureGeneratorConfiguration, JwkProvider {

    static final String LOCAL_SECRET = "jwt-signing-key.pem";

    private final RSAKey key;

    SigningKey(JwtSettings settings, LocalSecrets secrets) {
        String pem = secrets.configuredOrLocal(settings.privateKey(), LOCAL_SECRET, RsaPem::generate);
        RSAKey parsed = RsaPem.parse(pem);
        try {
            this.key = new RSAKey.Builder(parsed).keyIDFromThumbprint().keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the signing key's thumbprint", e);
        }
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
        return List.of(key.toPublicJWK());
    }
}
