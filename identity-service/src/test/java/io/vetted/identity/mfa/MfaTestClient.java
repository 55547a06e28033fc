package io.vetted.identity.mfa;

import io.vetted.identity.auth.TokenResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Totp;
import jakarta.inject.Singleton;

/** Turns MFA on for the holder of a token, as a person with an authenticator app would. */
@Singleton
public class MfaTestClient {

    private final MfaClient mfa;

    MfaTestClient(MfaClient mfa) {
        this.mfa = mfa;
    }

    /** @return the session with MFA that the confirmation opens */
    public TokenResponse enable(String accessToken, String password) {
        try (var ignored = BearerToken.as(accessToken)) {
            String secret = mfa.enrol(new MfaPayloads.Start(password)).body().secret();
            return mfa.confirm(new MfaPayloads.Code(Totp.code(secret))).session();
        }
    }
}
