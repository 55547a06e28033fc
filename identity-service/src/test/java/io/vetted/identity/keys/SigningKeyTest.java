package io.vetted.identity.keys;

import io.vetted.identity.auth.JwtSettings;
import io.vetted.support.secrets.LocalSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTest {

    @TempDir
    Path home;

    @Test
    void generatesALocalKeyOnceAndKeepsItAcrossRestarts() {
        var secrets = new LocalSecrets(home.toString());
        String first = kid(new SigningKey(settings(null), secrets));
        String second = kid(new SigningKey(settings(null), new LocalSecrets(home.toString())));

        assertThat(second).isEqualTo(first);
        assertThat(home.resolve("secrets").resolve(SigningKey.LOCAL_SECRET)).exists();
    }

    @Test
    void usesTheKeyFromTheEnvironmentAndWritesNothingLocally() {
        String pem = RsaPem.generate();
        var key = new SigningKey(settings(pem), new LocalSecrets(home.toString()));

        assertThat(key.getPublicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(Files.exists(home.resolve("secrets").resolve(SigningKey.LOCAL_SECRET))).isFalse();
    }

    @Test
    void refusesSomethingThatIsNotAPrivateKey() {
        assertThatThrownBy(() -> new SigningKey(settings("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"),
                new LocalSecrets(home.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JWT_PRIVATE_KEY");
    }

    private static String kid(SigningKey key) {
        return key.retrieveJsonWebKeys().get(0).getKeyID();
    }

    private static JwtSettings settings(String pem) {
        return new JwtSettings("vetted-identity", Duration.ofMinutes(15), pem);
    }
}
