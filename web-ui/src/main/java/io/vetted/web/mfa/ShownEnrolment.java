package io.vetted.web.mfa;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.IdentityClient;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The enrolment the page showed, read back from the confirmation form to show it again after a
 * wrong code. Only the visitor's own form carries it (CSRF-protected), and the code is checked
 * against the secret identity-service stored, so these fields are display only; still, only a
 * base32 secret, an {@code otpauth://totp/} URI for it and a base64 PNG are accepted.
 */
final class ShownEnrolment {

    private static final Pattern SECRET = Pattern.compile("[A-Z2-7]{16,128}=*");
    private static final Pattern URI = Pattern.compile("otpauth://totp/[\\x21-\\x7e]{1,900}");
    private static final Pattern QR = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/]{1,40000}={0,2}");

    private ShownEnrolment() {}

    static Optional<IdentityClient.MfaEnrolment> of(MfaPages.ConfirmForm form) {
        String secret = text(form.secret());
        String uri = text(form.otpauthUri());
        String qr = text(form.qrCode());
        boolean valid = SECRET.matcher(secret).matches()
                && URI.matcher(uri).matches()
                && uri.contains("secret=" + secret)
                && QR.matcher(qr).matches();
        return valid ? Optional.of(new IdentityClient.MfaEnrolment(secret, uri, qr)) : Optional.empty();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
