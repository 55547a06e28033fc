package io.vetted.review.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who an anonymous caller is, as far as throttling needs: a keyed hash (HMAC-SHA256) of the network
 * address, never the address itself. {@code X-Forwarded-For} counts only from trusted proxies
 * (web-ui forwards its visitors' addresses); anyone else could write it.
 */
@Singleton
public class Callers {

    private final Set<String> trustedProxies;
    private final byte[] key;

    Callers(
            @Value("${vetted.security.trusted-proxies:127.0.0.1,0:0:0:0:0:0:0:1}") List<String> trustedProxies,
            @Value("${vetted.security.address-hash-key:}") @Nullable String configuredKey,
            LocalSecrets secrets) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
        this.key = secrets.configuredOrLocal(
                        configuredKey == null ? "" : configuredKey,
                        "review-address-hash-key",
                        () -> LocalSecrets.randomToken(32))
                .getBytes(StandardCharsets.UTF_8);
    }

    public String addressHash() {
        String address =
                ServerRequestContext.currentRequest().map(this::address).orElse("unknown");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private String address(HttpRequest<?> request) {
        String remote = request.getRemoteAddress().getAddress().getHostAddress();
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (!trustedProxies.contains(remote) || forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",", -1);
        String last = hops[hops.length - 1].strip();
        return last.matches("[0-9A-Fa-f:.]{2,45}") ? last : remote;
    }
}
