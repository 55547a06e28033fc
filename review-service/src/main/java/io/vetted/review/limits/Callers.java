package io.vetted.review.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.vetted.support.net.ForwardedAddress;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who an anonymous caller is, as far as throttling needs: a keyed hash (HMAC-SHA256) of the network
 * address, never the address itself ({@link ForwardedAddress}: web-ui forwards its visitors'
 * addresses, believed only from trusted proxies).
 */
@Singleton
public class Callers {

    private final ForwardedAddress addresses;
    private final byte[] key;

    Callers(
            ForwardedAddress addresses,
            @Value("${vetted.security.address-hash-key:}") @Nullable String configuredKey,
            LocalSecrets secrets) {
        this.addresses = addresses;
        this.key = secrets.configuredOrLocal(
                        configuredKey == null ? "" : configuredKey,
                        "review-address-hash-key",
                        () -> LocalSecrets.randomToken(32))
                .getBytes(StandardCharsets.UTF_8);
    }

    public String addressHash() {
        String address = addresses.current();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
