package io.vetted.identity.notification;

import io.vetted.support.secrets.LocalSecrets;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a mail's unsubscribe link: the account and the kinds the mail was about (one, or
 * every kind a digest held), signed with HMAC-SHA256 so that nobody can make one for another
 * account. It needs no storage and works without sign-in, from the mail alone.
 */
@Singleton
class UnsubscribeTokens {

    private static final int PAYLOAD = 18;
    private static final int SIGNATURE = 16;

    private final byte[] key;

    UnsubscribeTokens(NotificationSettings settings, LocalSecrets secrets) {
        this.key = secrets.configuredOrLocal(
                        settings.unsubscribeKey(), "notification-unsubscribe-key", () -> LocalSecrets.randomToken(32))
                .getBytes(StandardCharsets.UTF_8);
    }

    record Unsubscribe(UUID accountId, Set<NotificationKind> kinds) {}

    String issue(UUID accountId, Set<NotificationKind> kinds) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD + SIGNATURE);
        payload.putLong(accountId.getMostSignificantBits()).putLong(accountId.getLeastSignificantBits());
        payload.putShort(
                (short) kinds.stream().mapToInt(kind -> 1 << kind.ordinal()).sum());
        payload.put(sign(Arrays.copyOf(payload.array(), PAYLOAD)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
    }

    Optional<Unsubscribe> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != PAYLOAD + SIGNATURE
                || !MessageDigest.isEqual(
                        sign(Arrays.copyOf(bytes, PAYLOAD)), Arrays.copyOfRange(bytes, PAYLOAD, bytes.length))) {
            return Optional.empty();
        }
        ByteBuffer payload = ByteBuffer.wrap(bytes);
        UUID accountId = new UUID(payload.getLong(), payload.getLong());
        int mask = payload.getShort() & 0xFFFF;
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if ((mask & (1 << kind.ordinal())) != 0) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? Optional.empty() : Optional.of(new Unsubscribe(accountId, kinds));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("vetted-unsubscribe:".getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
