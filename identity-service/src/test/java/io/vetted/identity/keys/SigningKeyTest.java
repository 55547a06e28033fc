package io.vetted.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vetted.identity.auth.JwtSettings;
import io.vetted.support.secrets.LocalSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path home;

    @Test
    void generatesALocalKeyOnceAndKeepsItAcrossRestarts() {
        var secrets = new LocalSecrets(home.toString());
        String first = new SigningKey(settings(null, null), secrets).keyId();
        String second = new SigningKey(settings(null, null), new LocalSecrets(home.toString())).keyId();

        assertThat(second).isEqualTo(first);
        assertThat(home.resolve("secrets").resolve(SigningKey.LOCAL_SECRET)).exists();
    }

    @Test
    void usesTheKeyFromTheEnvironmentAndWritesNothingLocally() {
        String pem = RsaPem.generate();
        var key = new SigningKey(settings(pem, null), new LocalSecrets(home.toString()));

        assertThat(key.getPublicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(Files.exists(home.resolve("secrets").resolve(SigningKey.LOCAL_SECRET)))
                .isFalse();
    }

    @Test
    void publishesTheSecondaryKeyBesideThePrimaryButSignsWithThePrimary() {
        String previous = RsaPem.generate();
        var key = new SigningKey(settings(RsaPem.generate(), previous), new LocalSecrets(home.toString()));
        String previousKid = new SigningKey(settings(previous, null), new LocalSecrets(home.toString())).keyId();

        assertThat(key.retrieveJsonWebKeys()).extracting(k -> k.getKeyID()).containsExactly(key.keyId(), previousKid);
        assertThat(key.retrieveJsonWebKeys())
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void refusesSomethingThatIsNotAPrivateKey() {
        assertThatThrownBy(() -> new SigningKey(
                        settings("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", null),
                        new LocalSecrets(home.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JWT_PRIVATE_KEY");
    }

    private static JwtSettings settings(String pem, String secondary) {
        return new JwtSettings(
                "vetted-identity",
                "vetted",
                Duration.ofMinutes(15),
                pem,
                secondary,
                Duration.ofHours(12),
                Duration.ofDays(7));
    }
}
