package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Posts demo references as clients and providers would: some written through the provider's
 * invitation, some engagements confirmed, some answered by the provider. Each client reviews at
 * most three providers, review-service's daily limit per account.
 */
final class ReferencesLoader {

    static final int MAX_PER_CLIENT = 3;

    private final ApiClient api;
    private final ReferencesGenerator generator;
    private final Random random;

    ReferencesLoader(ApiClient api, long seed) {
        this.api = api;
        this.random = new Random(seed);
        this.generator = new ReferencesGenerator(random);
    }

    /** @return how many references the client posted */
    int postAs(
            String clientEmail,
            String clientToken,
            String company,
            List<String> providerIds,
            List<String> providerTokens)
            throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < providerIds.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int count = 1 + random.nextInt(MAX_PER_CLIENT);
        int posted = 0;
        for (int index : order.subList(0, Math.min(count, order.size()))) {
            String provider = providerIds.get(index);
            String providerToken = providerTokens.get(index);
            Map<String, Object> body = generator.reference(company);
            boolean invited = generator.chance(30);
            if (invited) {
                body.put(
                        "invitationToken",
                        api.post(
                                        api.review + "/api/providers/" + provider + "/invitations",
                                        Map.of("email", clientEmail),
                                        providerToken)
                                .orThrow("inviting " + clientEmail)
                                .body()
                                .get("token")
                                .asText());
            }
            JsonNode created = api.post(api.review + "/api/providers/" + provider + "/references", body, clientToken)
                    .orThrow("posting a reference")
                    .body();
            String reference = created.get("id").asText();
            if (!invited && generator.chance(35)) {
                api.post(api.review + "/api/references/" + reference + "/confirmation", Map.of(), providerToken)
                        .orThrow("confirming an engagement");
            }
            if (generator.chance(30)) {
                api.put(
                                api.review + "/api/references/" + reference + "/reply",
                                Map.of("body", generator.reply()),
                                providerToken)
                        .orThrow("replying to a reference");
            }
            posted++;
        }
        return posted;
    }
}
