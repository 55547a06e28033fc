package io.vetted.bench.lag;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client (SME) accounts made as people make them: sign up, open the verification link that
 * identity-service wrote to its mail log, sign in. The probe posts its references as them.
 */
final class SmeAccounts {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String identity;
    private final Path mailLog;

    SmeAccounts(HttpClient http, String identity, Path mailLog) {
        this.http = http;
        this.identity = identity;
        this.mailLog = mailLog;
    }

    /**
     * Signs in as {@code count} of the client accounts the bulk seeder made ({@code smeK@clientK.test},
     * all with the seeded password): at a million references there are clients enough, and signing
     * up more would meet the per-address sign-up throttle.
     */
    List<String> seeded(int count, String password) throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            String email = "sme" + k + "@client" + k + ".test";
            tokens.add(signIn(email, password));
        }
        return tokens;
    }

    /** @return one access token per new account */
    List<String> create(int count) throws IOException, InterruptedException {
        String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String password = "Lag-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "lag-" + run + "-" + i + "@bench" + i + ".example.org";
            post(
                    "/api/accounts",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password
                            + "\",\"role\":\"SME\",\"displayName\":\"Lag probe " + i + "\"}",
                    "signing up " + email);
            post(
                    "/api/accounts/verification",
                    "{\"token\":\"" + verificationToken(email) + "\"}",
                    "verifying " + email);
            tokens.add(signIn(email, password));
        }
        return tokens;
    }

    private String signIn(String email, String password) throws IOException, InterruptedException {
        String session = post(
                "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                "signing in " + email);
        Matcher token = ACCESS_TOKEN.matcher(session);
        if (!token.find()) {
            throw new IllegalStateException("no access token for " + email + ": " + session);
        }
        return token.group(1);
    }

    private String post(String path, String json, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(identity + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String verificationToken(String email) throws IOException, InterruptedException {
        Pattern link = Pattern.compile("To: " + Pattern.quote(email) + "\\n(?:[^\\n]*\\n)*?\\S+/verify\\?token=(\\S+)");
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
            Thread.sleep(50);
        }
        throw new IllegalStateException("no verification mail for " + email + " in " + mailLog);
    }
}
