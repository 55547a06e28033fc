package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo moderator checks the claims whose evidence holds up and marks them verified, so the demo
 * shows both verified and self-declared claims. Moderators' changes need a second factor: it is
 * turned on for the session and off again, so the moderator signs in with the password alone.
 */
final class DemoModeration {

    private final ApiClient api;
    private final String email;
    private final String password;

    DemoModeration(ApiClient api, String email, String password) {
        this.api = api;
        this.email = email;
        this.password = password;
    }

    int verify(List<ProfileLoader.Loaded> providers) throws Exception {
        String token = api.post(api.identity + "/api/auth/login", Map.of("email", email, "password", password), null)
                .orThrow("signing in the moderator")
                .body()
                .get("accessToken")
                .asText();
        ApiClient.Response enrolment = api.post(api.identity + "/api/accounts/me/mfa/enrolment", Map.of(), token);
        String secret = null;
        if (enrolment.ok()) {
            secret = enrolment.body().get("secret").asText();
            JsonNode session = api.post(
                            api.identity + "/api/accounts/me/mfa/confirmation", Map.of("code", code(secret)), token)
                    .orThrow("confirming the moderator's second factor")
                    .body()
                    .get("session");
            token = session.get("accessToken").asText();
        }
        int verified = 0;
        for (ProfileLoader.Loaded provider : providers) {
            for (String topic : provider.verifiableTopics()) {
                api.put(
                                api.vendor + "/api/providers/" + provider.id() + "/claims/" + topic + "/status",
                                Map.of("version", 0, "status", "VERIFIED"),
                                token)
                        .orThrow("verifying " + topic);
                verified++;
            }
        }
        if (secret != null) {
            api.post(api.identity + "/api/accounts/me/mfa/deactivation", Map.of("code", code(secret)), token)
                    .orThrow("turning the moderator's second factor off");
        }
        return verified;
    }

    private static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
