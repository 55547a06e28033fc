package io.vetted.identity.mfa;

import io.micronaut.serde.annotation.Serdeable;
import io.vetted.identity.auth.TokenResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request and response bodies of the MFA API. */
public final class MfaPayloads {

    private MfaPayloads() {}

    @Serdeable
    public record Status(boolean enabled, boolean pending, long recoveryCodesLeft) {}

    /** @param qrCode a {@code data:image/png} URI of the {@code otpauth} QR code */
    @Serdeable
    public record Enrolment(String secret, String otpauthUri, String qrCode) {}

    /** @param password the account's current password: a stolen session alone must not bind an authenticator */
    @Serdeable
    public record Start(@NotBlank @Size(max = 128) String password) {}

    @Serdeable
    public record Code(@NotBlank @Size(max = 40) String code) {}

    /** @param session fresh tokens that carry the second factor, replacing the caller's */
    @Serdeable
    public record Confirmation(List<String> recoveryCodes, TokenResponse session) {}

    @Serdeable
    public record RecoveryCodes(List<String> recoveryCodes) {}
}
