package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounts and ids the endpoint-wide tests call with: a published provider owned by
 * {@code owner}, with its offer (and a real compliance topic); a competitor's profile owned by
 * {@code other-provider}; a reference written by {@code sme} about the owner's profile; a
 * moderator with MFA; a service token.
 */
final class MatrixFixture {

    private static final Pattern VARIABLE = Pattern.compile("([a-z-]*)/\\{([^}]+)}");

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    /** Built on an {@link OnPlatform} class's platform, whose moderator it signs in as. */
    @SuppressWarnings("unchecked")
    MatrixFixture(Platform platform, Api api) {
        Api.Account owner = api.signUpAccount("PROVIDER", "Agence Propriétaire");
        Api.Account other = api.signUpAccount("PROVIDER", "Agence Concurrente");
        Api.Account sme = api.signUpAccount("SME", "PME Cliente");
        UUID provider =
                api.publishedProvider(owner.accessToken(), "Propriétaire Infogérance", "Lille", "HELPDESK", null);
        api.publishedProvider(other.accessToken(), "Concurrente Infogérance", "Arras", "NETWORKS", null);
        Object reference = api.postReference(sme.accessToken(), provider, 4, "Bon suivi.")
                .body()
                .get("id");
        ids.put("vendor:id", provider.toString());
        ids.put("vendor:members/accountId", owner.id().toString());
        ids.put("review:providerId", provider.toString());
        ids.put("review:references/id", String.valueOf(reference));
        ids.put("web-ui:providers/id", provider.toString());
        ids.put("web-ui:providerId", provider.toString());
        ids.put("web-ui:references/id", String.valueOf(reference));
        Map<String, Object> offer =
                ((List<Map<String, Object>>) api.provider(provider).get("offers")).get(0);
        ids.put("web-ui:offers/offerId", String.valueOf(offer.get("id")));
        ids.put("vendor:topic", "ISO_27001");
        ids.put("web-ui:topic", "ISO_27001");
        tokens.put("sme", sme.accessToken());
        tokens.put("other-provider", other.accessToken());
        tokens.put("owner", owner.accessToken());
        try (Calls identity = new Calls(platform.address(platform.identity))) {
            tokens.put("moderator", moderatorWithMfa(identity));
            tokens.put("service", serviceToken(platform, identity));
        }
    }

    /** The access token of one of {@link AuthorizationMatrix#CALLERS}; null for {@code anonymous}. */
    String token(String caller) {
        return tokens.get(caller);
    }

    /**
     * The path with the fixture's real ids where it names a provider, an offer or a reference,
     * made-up ones elsewhere (a made-up id must never grant more than a real one).
     */
    String expand(String service, String template) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String id = ids.getOrDefault(
                    service + ":" + variable.group(2),
                    ids.getOrDefault(
                            service + ":" + variable.group(1) + "/" + variable.group(2),
                            UUID.randomUUID().toString()));
            variable.appendReplacement(path, variable.group(1) + "/" + id);
        }
        return variable.appendTail(path).toString();
    }

    @SuppressWarnings("unchecked")
    private static String moderatorWithMfa(Calls identity) {
        String token = (String) identity.post(
                        "/api/auth/login",
                        null,
                        Map.of("email", Sessions.MODERATOR_EMAIL, "password", Sessions.MODERATOR_PASSWORD))
                .json()
                .get("accessToken");
        String secret = (String)
                identity.post("/api/accounts/me/mfa/enrolment", token, Map.of("password", Sessions.MODERATOR_PASSWORD))
                        .json()
                        .get("secret");
        Map<String, Object> session = (Map<String, Object>)
                identity.post("/api/accounts/me/mfa/confirmation", token, Map.of("code", Totp.code(secret)))
                        .json()
                        .get("session");
        return (String) session.get("accessToken");
    }

    /** A failed attempt first makes identity-service generate the client secret into the platform's home. */
    static String serviceToken(Platform platform, Calls identity) {
        identity.post("/api/auth/service-token", null, Map.of("clientId", "review-service", "clientSecret", "x"));
        try {
            String secret = Files.readString(
                            platform.home().resolve("secrets").resolve("service-client-review-service"))
                    .strip();
            return (String) identity.post(
                            "/api/auth/service-token",
                            null,
                            Map.of("clientId", "review-service", "clientSecret", secret))
                    .json()
                    .get("accessToken");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
