package io.vetted.seed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads demo providers, client accounts and references through the public APIs, exactly as people
 * would. Everything is drawn from the seed first, so every load plans the same demo; then each
 * account, profile, claim and reference is checked and only what is missing is made. A load that
 * was interrupted is thereby completed by the next one, and a complete demo is left unchanged.
 */
final class DemoData {

    private final ApiClient api;
    private final int providers;
    private final FrenchMarket market;
    private final DemoAccounts accounts;
    private DemoModeration moderation;
    private String buyer;

    DemoData(ApiClient api, int providers, long seed, DemoAccounts accounts) {
        this.api = api;
        this.accounts = accounts;
        this.providers = providers;
        this.market = new FrenchMarket(seed);
    }

    /** Lets the demo moderator verify the claims whose evidence holds up. */
    DemoData withModerator(String email, String password) {
        this.moderation = new DemoModeration(api, accounts, email, password);
        return this;
    }

    /** Also fills a demo buyer's workspace in the buyer-service at {@code url}. */
    DemoData withBuyer(String url) {
        this.buyer = url;
        return this;
    }

    void load() throws Exception {
        List<DemoProfile> profiles = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            profiles.add(market.nextProvider());
        }
        ReferencesLoader references = new ReferencesLoader(api, accounts, market.nextInt(Integer.MAX_VALUE));
        // one company per client, each at a mail domain of its own: review-service counts one reference
        // per company (name or mail domain) and provider, as it would for real clients
        List<Map<String, Object>> smes = new ArrayList<>();
        Set<String> companies = new HashSet<>();
        while (smes.size() < Math.max(4, providers * 2)) {
            Map<String, Object> sme = market.sme();
            if (companies.add(company(sme))) {
                smes.add(sme);
            }
        }

        ProfileLoader profileLoader = new ProfileLoader(api, accounts);
        List<ProfileLoader.Loaded> loaded = new ArrayList<>();
        List<String> providerIds = new ArrayList<>();
        List<DemoAccounts.Session> owners = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            DemoProfile profile = profiles.get(i);
            DemoAccounts.Session owner = accounts.open("prestataire" + (i + 1) + "@demo.vetted.fr", "PROVIDER", (String)
                    profile.create().get("name"));
            ProfileLoader.Loaded provider = profileLoader.load(profile, owner);
            loaded.add(provider);
            providerIds.add(provider.id());
            owners.add(owner);
        }
        System.out.printf("%d demo providers published (%d by this load).%n", providers, profileLoader.completed());
        int verified = moderation == null ? 0 : moderation.verify(loaded);
        List<String> clientEmails = new ArrayList<>();
        for (int i = 0; i < smes.size(); i++) {
            String displayName = (String) smes.get(i).get("displayName");
            String company = company(smes.get(i));
            String email = clientEmail(i, company);
            clientEmails.add(email);
            references.load(() -> accounts.open(email, "SME", displayName), company, providerIds, owners);
        }
        int cleared = moderation == null ? 0 : moderation.clearCases(providerIds, 2);
        if (buyer != null) {
            DemoAccounts.Session client =
                    accounts.open(DemoBuyer.EMAIL, "SME", "Claire Martin (" + DemoQuotes.COMPANY + ")");
            List<String> shortlists = new DemoBuyer(api, buyer).load(client, providerIds);
            new DemoQuotes(api, buyer, accounts)
                    .load(client.token, shortlists.get(0), providerIds.subList(0, 2), owners.subList(0, 2));
            new DemoPriceRise(api, accounts).announce(providerIds.get(0), owners.get(0));
            System.out.println("Demo buyer with requirements, shortlists, answered quote requests and a price alert: "
                    + DemoBuyer.EMAIL + ".");
        }
        accounts.relax();

        boolean complete = accounts.created() == 0
                && profileLoader.completed() == 0
                && verified == 0
                && references.posted() == 0
                && cleared == 0;
        System.out.printf(
                "%s %d providers, %d client accounts and %d references"
                        + " (this load: %d accounts created, %d profiles published, %d claims verified, %d references posted,"
                        + " %d cleared by the moderator).%n",
                complete ? "The demo data was already complete:" : "Demo data loaded:",
                providers,
                smes.size(),
                references.planned(),
                accounts.created(),
                profileLoader.completed(),
                verified,
                references.posted(),
                cleared);
        System.out.println("Demo accounts, with the demo password: prestataire1..." + providers
                + "@demo.vetted.fr; clients, each at its company's domain: "
                + String.join(", ", clientEmails.subList(0, Math.min(3, clientEmails.size())))
                + (clientEmails.size() > 3 ? ", … (" + clientEmails.size() + " in all)" : "") + ".");
    }

    private static String company(Map<String, Object> sme) {
        return ((String) sme.get("displayName")).replaceFirst("^.*\\((.*)\\)$", "$1");
    }

    /** client{n}@{company}.fr: the same address on every load, so an interrupted load finds its accounts. */
    static String clientEmail(int index, String company) {
        String domain = Normalizer.normalize(company, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "client" + (index + 1) + "@" + domain + ".fr";
    }
}
