package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * identity-service, as the site uses it. Calls go as the signed-in visitor (VisitorTokenForwarding)
 * unless marked {@link Anonymous}; the visitor's address travels as X-Forwarded-For (see
 * ClientAddressForwarding).
 */
@Client(id = "identity")
public interface IdentityClient {

    @Anonymous
    @Post("/api/accounts")
    Accepted register(@Body Registration registration);

    @Anonymous
    @Post("/api/accounts/verification")
    HttpResponse<Void> verify(@Body EmailToken token);

    @Anonymous
    @Post("/api/auth/login")
    Token login(@Body Credentials credentials);

    @Anonymous
    @Post("/api/auth/mfa")
    Token completeMfa(@Body MfaLogin login);

    @Anonymous
    @Post("/api/auth/sign-in-link")
    Accepted requestSignInLink(@Body ResetRequest request);

    @Anonymous
    @Post("/api/auth/sign-in-link/confirmation")
    Token signInWithLink(@Body EmailToken token);

    @Anonymous
    @Post("/api/auth/refresh")
    Token refresh(@Body Refresh refresh);

    @Anonymous
    @Post("/api/auth/logout")
    HttpResponse<Void> logout(@Body Refresh refresh);

    @Anonymous
    @Post("/api/accounts/password-reset")
    Accepted requestPasswordReset(@Body ResetRequest request);

    @Anonymous
    @Post("/api/accounts/password-reset/confirmation")
    HttpResponse<Void> resetPassword(@Body NewPassword request);

    @Get("/api/accounts/me")
    Account me();

    /**
     * Whether the sign-in of the access token in {@code authorization} ("Bearer ...") still holds;
     * the token is passed explicitly because it is asked before the request is authenticated.
     */
    @Get("/api/sessions/current")
    SessionStatus session(@Header(HttpHeaders.AUTHORIZATION) String authorization);

    @Put("/api/accounts/me/password")
    Token changePassword(@Body PasswordChange change);

    @Get("/api/accounts/me/mfa")
    MfaStatus mfaStatus();

    @Post("/api/accounts/me/mfa/enrolment")
    MfaEnrolment mfaEnrol(@Body MfaStart start);

    @Post("/api/accounts/me/mfa/confirmation")
    MfaConfirmation mfaConfirm(@Body Code code);

    @Post("/api/accounts/me/mfa/recovery-codes")
    RecoveryCodes mfaRenewCodes(@Body Code code);

    @Post("/api/accounts/me/mfa/deactivation")
    Token mfaDisable(@Body Code code);

    @Get(value = "/api/accounts/me/export", produces = "application/json")
    String export();

    @Post("/api/accounts/me/deletion")
    HttpResponse<Void> deleteAccount(@Body Deletion deletion);

    @Get("/api/audit/events{?accountId,type,page,size}")
    AuditPage auditEvents(
            @Nullable @QueryValue UUID accountId,
            @Nullable @QueryValue String type,
            @QueryValue int page,
            @QueryValue int size);

    /** The answer to requests that must not tell whether an account exists. */
    @Serdeable
    record Accepted(@Nullable String message) {}

    @Serdeable
    record Registration(String email, String password, String role, String displayName, String language) {}

    @Serdeable
    record Credentials(String email, String password) {}

    @Serdeable
    record MfaLogin(String mfaToken, String code) {}

    @Serdeable
    record Refresh(String refreshToken) {}

    @Serdeable
    record EmailToken(String token) {}

    @Serdeable
    record ResetRequest(String email) {}

    @Serdeable
    record NewPassword(String token, String newPassword) {}

    @Serdeable
    record PasswordChange(String currentPassword, String newPassword) {}

    @Serdeable
    record Code(String code) {}

    @Serdeable
    record Deletion(String password) {}

    @Serdeable
    record Account(UUID id, String email, String role, String displayName, boolean emailVerified, Instant createdAt) {}

    /** Tokens, or an MFA challenge when {@code mfaRequired}. */
    @Serdeable
    record Token(
            @Nullable String accessToken,
            @Nullable Long expiresIn,
            @Nullable String refreshToken,
            @Nullable Long refreshExpiresIn,
            UUID accountId,
            @Nullable String role,
            @Nullable String displayName,
            boolean mfa,
            boolean mfaRequired,
            @Nullable String mfaToken) {}

    @Serdeable
    record SessionStatus(boolean active) {}

    @Serdeable
    record MfaStatus(boolean enabled, boolean pending, long recoveryCodesLeft) {}

    @Serdeable
    record MfaEnrolment(String secret, String otpauthUri, String qrCode) {}

    /** The current password, which identity-service asks for before binding an authenticator. */
    @Serdeable
    record MfaStart(String password) {}

    @Serdeable
    record MfaConfirmation(List<String> recoveryCodes, Token session) {}

    @Serdeable
    record RecoveryCodes(List<String> recoveryCodes) {}

    @Serdeable
    record AuditPage(List<AuditEvent> items, long total, int page, int size) {
        public AuditPage {
            items = items == null ? List.of() : items;
        }
    }

    @Serdeable
    record AuditEvent(
            long id,
            String type,
            @Nullable UUID accountId,
            @Nullable UUID actorId,
            @Nullable String clientAddress,
            String detail,
            Instant occurredAt) {}
}
