package io.vetted.identity.mfa;

import io.micronaut.context.annotation.Value;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for TOTP secrets at rest, keyed by {@code MFA_ENCRYPTION_KEY} (32 bytes, base64url)
 * or a key generated once into {@code $VETTED_HOME}: a copy of the database alone yields no secret.
 */
@Singleton
class SecretCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private final SecretKeySpec key;

    SecretCipher(@Value("${vetted.mfa.encryption-key:}") String configured, LocalSecrets secrets) {
        byte[] bytes = Base64.getUrlDecoder()
                .decode(secrets.configuredOrLocal(configured, "mfa-encryption-key", () -> LocalSecrets.randomToken(32))
                        .strip());
        if (bytes.length != 32) {
            throw new IllegalArgumentException("MFA_ENCRYPTION_KEY must be 32 bytes, base64url-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a TOTP secret (was MFA_ENCRYPTION_KEY changed?)", e);
        }
    }
}
