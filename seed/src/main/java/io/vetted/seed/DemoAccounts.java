package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo accounts made as people make them: sign up, open the verification link identity-service
 * wrote to its mail log, sign in; providers turn TOTP on to build their profile, then off again
 * so that demo visitors can sign in with the demo password alone (the site asks them to set up
 * their own authenticator before any change).
 */
final class DemoAccounts {

    private final ApiClient api;
    private final String password;
    private final Path mailLog;
    private final Map<String, String[]> providerSessions = new LinkedHashMap<>();

    DemoAccounts(ApiClient api, String password, Path mailLog) {
        this.api = api;
        this.password = password;
        this.mailLog = mailLog;
    }

    boolean exists(String email) throws Exception {
        return api.post(api.identity + "/api/auth/login", Map.of("email", email, "password", password), null)
                .ok();
    }

    /** @return an access token; for providers, one that carries the second factor */
    String create(String email, String role, String displayName) throws Exception {
        api.post(
                        api.identity + "/api/accounts",
                        Map.of("email", email, "password", password, "role", role, "displayName", displayName),
                        null)
                .orThrow("registering " + email);
        api.post(api.identity + "/api/accounts/verification", Map.of("token", verificationToken(email)), null)
                .orThrow("verifying " + email);
        String token = api.post(api.identity + "/api/auth/login", Map.of("email", email, "password", password), null)
                .orThrow("signing in " + email)
                .body()
                .get("accessToken")
                .asText();
        if (!"PROVIDER".equals(role)) {
            return token;
        }
        String secret = api.post(api.identity + "/api/accounts/me/mfa/enrolment", Map.of(), token)
                .orThrow("enrolling " + email)
                .body()
                .get("secret")
                .asText();
        JsonNode session = api.post(
                        api.identity + "/api/accounts/me/mfa/confirmation", Map.of("code", code(secret)), token)
                .orThrow("confirming TOTP for " + email)
                .body()
                .get("session");
        String withMfa = session.get("accessToken").asText();
        providerSessions.put(email, new String[] {withMfa, secret});
        return withMfa;
    }

    void relaxProvidersMfa() throws Exception {
        for (var session : providerSessions.entrySet()) {
            api.post(
                            api.identity + "/api/accounts/me/mfa/deactivation",
                            Map.of("code", code(session.getValue()[1])),
                            session.getValue()[0])
                    .orThrow("turning TOTP off for " + session.getKey());
        }
    }

    private String verificationToken(String email) throws IOException, InterruptedException {
        Pattern link = Pattern.compile(
                "To: " + Pattern.quote(email) + "\\n[^\\n]*\\n\\n(?:[^\\n]*\\n)*?\\S+/verify\\?token=(\\S+)");
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Files.exists(mailLog)) {
                Matcher found = link.matcher(Files.readString(mailLog, StandardCharsets.UTF_8));
                String token = null;
                while (found.find()) {
                    token = found.group(1);
                }
                if (token != null) {
                    return URLDecoder.decode(token, StandardCharsets.UTF_8);
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No verification mail for " + email + " in " + mailLog
                + " (is SMTP_HOST set? the demo loader reads the mail log of local runs)");
    }

    private static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
