package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads demo providers, client accounts and references through the public APIs, exactly as
 * people would; refuses politely when the demo accounts already exist.
 */
final class DemoData {

    static final String FIRST_PROVIDER_EMAIL = "prestataire1@demo.vetted.fr";

    private final ApiClient api;
    private final String password;
    private final int providers;
    private final FrenchMarket market;

    DemoData(ApiClient api, String password, int providers, long seed) {
        this.api = api;
        this.password = password;
        this.providers = providers;
        this.market = new FrenchMarket(seed);
    }

    boolean load() throws Exception {
        List<String> providerIds = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            Map<String, Object> profile = market.provider(i);
            String email = "prestataire" + (i + 1) + "@demo.vetted.fr";
            var registered = register(email, "PROVIDER", (String) profile.get("name"));
            if (registered.status() == 409 && i == 0) {
                System.out.println("Demo data is already loaded (" + FIRST_PROVIDER_EMAIL + " exists); nothing to do.");
                return true;
            }
            registered.orThrow("registering " + email);
            String token = login(email);
            JsonNode created = api.post(api.vendor + "/api/providers", profile, token).orThrow("creating " + email).body();
            providerIds.add(created.get("id").asText());
        }
        int smes = Math.max(4, providers / 2);
        int references = 0;
        for (int i = 0; i < smes; i++) {
            Map<String, Object> sme = market.sme();
            String email = "client" + (i + 1) + "@demo.vetted.fr";
            register(email, "SME", (String) sme.get("displayName")).orThrow("registering " + email);
            String token = login(email);
            for (String providerId : providerIds) {
                if (market.chance(35)) {
                    api.post(api.review + "/api/providers/" + providerId + "/references", market.reference(), token)
                            .orThrow("posting a reference");
                    references++;
                }
            }
        }
        System.out.printf("Loaded %d providers, %d client accounts and %d references.%n", providerIds.size(), smes, references);
        System.out.println("Demo accounts: prestataire1..." + providers + "@demo.vetted.fr and client1..." + smes
                + "@demo.vetted.fr, with the demo password.");
        return true;
    }

    private ApiClient.Response register(String email, String role, String displayName) throws Exception {
        return api.post(api.identity + "/api/accounts",
                Map.of("email", email, "password", password, "role", role, "displayName", displayName), null);
    }

    private String login(String email) throws Exception {
        return api.post(api.identity + "/api/auth/login", Map.of("email", email, "password", password), null)
                .orThrow("signing in " + email).body().get("accessToken").asText();
    }
}
