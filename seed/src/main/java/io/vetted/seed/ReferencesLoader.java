package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Posts demo references as clients and providers would: some written through the provider's
 * invitation, some engagements confirmed, some answered by the provider. Each client reviews at
 * most three providers, review-service's daily limit per account. Every client's references are
 * planned from the seed first, whatever exists already, so that a load resumed after an
 * interruption posts exactly the references, confirmations and replies still missing. A client
 * whose planned references all show on the providers' public pages is not even signed in.
 */
final class ReferencesLoader {

    static final int MAX_PER_CLIENT = 3;

    /** One reference a client writes about the provider at {@code provider} (an index). */
    private record Planned(int provider, Map<String, Object> body, boolean invited, boolean confirmed, String reply) {}

    /** Signs a client in (creating the account if need be) only when something is missing. */
    @FunctionalInterface
    interface Client {
        DemoAccounts.Session open() throws Exception;
    }

    private final ApiClient api;
    private final DemoAccounts accounts;
    private final Map<String, JsonNode> publicReferences = new HashMap<>();
    private final ReferencesGenerator generator;
    private final Random random;
    private int planned;
    private int posted;

    ReferencesLoader(ApiClient api, DemoAccounts accounts, long seed) {
        this.api = api;
        this.accounts = accounts;
        this.random = new Random(seed);
        this.generator = new ReferencesGenerator(random);
    }

    void load(Client account, String company, List<String> providerIds, List<DemoAccounts.Session> owners)
            throws Exception {
        List<Planned> plan = plan(company, providerIds.size());
        boolean complete = true;
        for (Planned reference : plan) {
            complete &= shown(providerIds.get(reference.provider()), company, reference);
        }
        if (complete) {
            return;
        }
        DemoAccounts.Session client = account.open();
        Map<String, JsonNode> written = new HashMap<>();
        for (JsonNode reference : api.get(api.review + "/api/references/mine", client.token)
                .orThrow("reading the references of " + client.email)
                .body()) {
            written.put(reference.get("providerId").asText(), reference);
        }
        for (Planned reference : plan) {
            String provider = providerIds.get(reference.provider());
            DemoAccounts.Session owner = owners.get(reference.provider());
            JsonNode created = written.get(provider);
            if (created == null) {
                created = post(client, provider, owner, reference);
            }
            String id = created.get("id").asText();
            if (reference.confirmed() && !created.get("labels").toString().contains("ENGAGEMENT_CONFIRMED")) {
                api.post(api.review + "/api/references/" + id + "/confirmation", Map.of(), accounts.forWriting(owner))
                        .orThrow("confirming an engagement");
            }
            if (reference.reply() != null && !created.hasNonNull("reply")) {
                api.put(
                                api.review + "/api/references/" + id + "/reply",
                                Map.of("body", reference.reply()),
                                accounts.forWriting(owner))
                        .orThrow("replying to a reference");
            }
        }
    }

    /** References planned so far, and how many of them this load posted. */
    int planned() {
        return planned;
    }

    int posted() {
        return posted;
    }

    private JsonNode post(DemoAccounts.Session client, String provider, DemoAccounts.Session owner, Planned reference)
            throws Exception {
        Map<String, Object> body = new HashMap<>(reference.body());
        if (reference.invited()) {
            body.put(
                    "invitationToken",
                    api.post(
                                    api.review + "/api/providers/" + provider + "/invitations",
                                    Map.of("email", client.email),
                                    accounts.forWriting(owner))
                            .orThrow("inviting " + client.email)
                            .body()
                            .get("token")
                            .asText());
        }
        JsonNode created = api.post(api.review + "/api/providers/" + provider + "/references", body, client.token)
                .orThrow("posting a reference")
                .body();
        posted++;
        return created;
    }

    /** Whether the provider's public references show this one, confirmed and answered as planned. */
    private boolean shown(String provider, String company, Planned planned) throws Exception {
        if (!publicReferences.containsKey(provider)) {
            publicReferences.put(
                    provider,
                    api.get(api.review + "/api/providers/" + provider + "/references?size=100", null)
                            .orThrow("reading the references of a provider")
                            .body()
                            .get("items"));
        }
        for (JsonNode shown : publicReferences.get(provider)) {
            if (company.equals(shown.path("companyName").asText())
                    && planned.body()
                            .get("comment")
                            .equals(shown.path("comment").asText())) {
                return (!planned.confirmed() || shown.get("labels").toString().contains("ENGAGEMENT_CONFIRMED"))
                        && (planned.reply() == null || shown.hasNonNull("reply"));
            }
        }
        return false;
    }

    /** Draws the client's references from the seed, the same way whether they exist already or not. */
    private List<Planned> plan(String company, int providers) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int count = 1 + random.nextInt(MAX_PER_CLIENT);
        List<Planned> plan = new ArrayList<>();
        for (int provider : order.subList(0, Math.min(count, order.size()))) {
            Map<String, Object> body = generator.reference(company);
            boolean invited = generator.chance(30);
            boolean confirmed = !invited && generator.chance(35);
            String reply = generator.chance(30) ? generator.reply() : null;
            plan.add(new Planned(provider, body, invited, confirmed, reply));
        }
        planned += plan.size();
        return plan;
    }
}
