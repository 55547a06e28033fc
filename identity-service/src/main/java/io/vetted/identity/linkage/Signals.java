package io.vetted.identity.linkage;

import io.micronaut.core.annotation.Nullable;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a network address or device identifier into the keyed hash that is stored. An IPv6
 * address counts by its /64 (one household or office); loopback, link-local and unparsable
 * addresses say nothing about a person and are skipped, as are malformed device identifiers.
 */
@Singleton
class Signals {

    static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final byte[] key;

    Signals(LinkageSettings settings, LocalSecrets secrets) {
        this.key = secrets.configuredOrLocal(
                        settings.hashKey() == null ? "" : settings.hashKey(),
                        "identity-linkage-hash-key",
                        () -> LocalSecrets.randomToken(32))
                .getBytes(StandardCharsets.UTF_8);
    }

    Optional<String> address(@Nullable String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.]{2,45}")) {
            return Optional.empty();
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed.isLoopbackAddress() || parsed.isLinkLocalAddress() || parsed.isAnyLocalAddress()) {
                return Optional.empty();
            }
            byte[] bytes = parsed.getAddress();
            if (bytes.length == 16) {
                byte[] prefix = new byte[8];
                System.arraycopy(bytes, 0, prefix, 0, 8);
                return Optional.of(hash("ADDRESS:" + HexFormat.of().formatHex(prefix) + "/64"));
            }
            return Optional.of(hash("ADDRESS:" + parsed.getHostAddress()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    Optional<String> device(@Nullable String device) {
        return device == null || !DEVICE.matcher(device).matches()
                ? Optional.empty()
                : Optional.of(hash("DEVICE:" + device));
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
