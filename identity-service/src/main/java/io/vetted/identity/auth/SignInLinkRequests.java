package io.vetted.identity.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Payloads of the mailed sign-in link. */
public final class SignInLinkRequests {

    static final Accepted CHECK_INBOX =
            new Accepted("If the address has an account, a sign-in link is on its way; check your inbox.");

    private SignInLinkRequests() {}

    @Serdeable
    public record Request(@NotBlank @Email @Size(max = 254) String email) {}

    @Serdeable
    public record Confirmation(@NotBlank @Size(max = 200) String token) {}

    @Serdeable
    public record Accepted(String message) {}
}
