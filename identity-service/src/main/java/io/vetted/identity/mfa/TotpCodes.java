package io.vetted.identity.mfa;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30 s) through dev.samstevens.totp, with QR codes by ZXing. A code
 * is accepted for the current step or one either side (clock drift) and yields its step, so the
 * caller can refuse the same step twice.
 */
@Singleton
class TotpCodes {

    static final int PERIOD_SECONDS = 30;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();
    private final Clock clock = Clock.systemUTC();

    String newSecret() {
        return secrets.generate();
    }

    List<String> newRecoveryCodes() {
        return List.of(recoveryCodes.generateCodes(10));
    }

    String otpauthUri(String secret, String accountName) {
        return qrData(secret, accountName).getUri();
    }

    String qrCodeDataUri(String secret, String accountName) {
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            qr.setImageSize(240);
            return getDataUriForImage(qr.generate(qrData(secret, accountName)), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    /** The time step {@code code} belongs to, if it is right for {@code secret} now. */
    OptionalLong matchingStep(String secret, String code) {
        String given = code.strip();
        if (!given.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                byte[] expected = generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return OptionalLong.empty();
    }

    private static QrData qrData(String secret, String accountName) {
        return new QrData.Builder()
                .label(accountName)
                .secret(secret)
                .issuer("Vetted")
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
    }
}
