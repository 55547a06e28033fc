package io.vetted.seed;

import java.nio.file.Path;
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
    private final int providers;
    private final FrenchMarket market;
    private final DemoAccounts accounts;
    private DemoModeration moderation;

    DemoData(ApiClient api, String password, int providers, long seed, Path mailLog) {
        this.api = api;
        this.accounts = new DemoAccounts(api, password, mailLog);
        this.providers = providers;
        this.market = new FrenchMarket(seed);
    }

    /** Lets the demo moderator verify the claims whose evidence holds up. */
    DemoData withModerator(String email, String password) {
        this.moderation = new DemoModeration(api, email, password);
        return this;
    }

    boolean load() throws Exception {
        List<String> providerIds = new ArrayList<>();
        List<String> providerTokens = new ArrayList<>();
        List<ProfileLoader.Loaded> profiles = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            DemoProfile profile = market.nextProvider();
            String email = "prestataire" + (i + 1) + "@demo.vetted.fr";
            if (i == 0 && accounts.exists(email)) {
                System.out.println("Demo data is already loaded (" + FIRST_PROVIDER_EMAIL + " exists); nothing to do.");
                return true;
            }
            String token =
                    accounts.create(email, "PROVIDER", (String) profile.create().get("name"));
            ProfileLoader.Loaded loaded = new ProfileLoader(api).load(profile, token);
            profiles.add(loaded);
            providerIds.add(loaded.id());
            providerTokens.add(token);
        }
        if (moderation != null) {
            System.out.printf("The moderator verified %d claims.%n", moderation.verify(profiles));
        }
        int smes = Math.max(4, providers * 2);
        int references = 0;
        ReferencesLoader referenceLoader = new ReferencesLoader(api, market.nextInt(Integer.MAX_VALUE));
        for (int i = 0; i < smes; i++) {
            Map<String, Object> sme = market.sme();
            String email = "client" + (i + 1) + "@demo.vetted.fr";
            String displayName = (String) sme.get("displayName");
            String token = accounts.create(email, "SME", displayName);
            String company = displayName.replaceFirst("^.*\\((.*)\\)$", "$1");
            references += referenceLoader.postAs(email, token, company, providerIds, providerTokens);
        }
        accounts.relaxProvidersMfa();
        System.out.printf(
                "Loaded %d providers, %d client accounts and %d references.%n", providerIds.size(), smes, references);
        System.out.println("Demo accounts: prestataire1..." + providers + "@demo.vetted.fr and client1..." + smes
                + "@demo.vetted.fr, with the demo password.");
        return true;
    }
}
