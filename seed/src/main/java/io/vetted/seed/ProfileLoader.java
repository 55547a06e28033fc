package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a demo profile online as its owner would: create the draft, fill each section, add offers,
 * announce the price rises, declare the claims, then publish.
 */
final class ProfileLoader {

    /** A published profile and the claims a moderator may confirm. */
    record Loaded(String id, List<String> verifiableTopics) {}

    private final ApiClient api;

    ProfileLoader(ApiClient api) {
        this.api = api;
    }

    Loaded load(DemoProfile profile, String token) throws Exception {
        String name = (String) profile.create().get("name");
        JsonNode created = api.post(api.vendor + "/api/providers", profile.create(), token)
                .orThrow("creating " + name)
                .body();
        String id = created.get("id").asText();
        String base = api.vendor + "/api/providers/" + id;
        long version = created.get("version").asLong();
        version = put(base + "/delivery", withVersion(profile.delivery(), version), token, "delivery of " + name)
                .get("version")
                .asLong();
        put(
                base + "/sla",
                withVersion(profile.sla(), created.get("sla").get("version").asLong()),
                token,
                "SLA of " + name);
        put(base + "/subcontracting", withVersion(profile.subcontracting(), 0), token, "subcontracting of " + name);
        put(base + "/due-diligence", withVersion(profile.dueDiligence(), 0), token, "answers of " + name);
        for (Map<String, Object> offer : profile.laterOffers()) {
            api.post(base + "/offers", offer, token).orThrow("adding an offer to " + name);
        }
        for (DemoProfile.PriceRise rise : profile.rises()) {
            JsonNode offer = created.get("offers").get(rise.offer());
            Map<String, Object> change = new HashMap<>();
            change.put("version", offer.get("version").asLong());
            change.put("title", offer.get("title").asText());
            change.put("priceEur", rise.priceEur());
            change.put(
                    "priceEffectiveFrom",
                    LocalDate.now(FrenchMarket.PARIS).plusDays(rise.inDays()).toString());
            change.put("included", offer.get("included").asText());
            api.put(base + "/offers/" + offer.get("id").asText(), change, token).orThrow("raising a price of " + name);
        }
        List<String> verifiable = new ArrayList<>();
        for (DemoProfile.Claim claim : profile.claims()) {
            api.put(
                            base + "/claims/" + claim.topic(),
                            Map.of("detail", claim.detail(), "evidence", claim.evidence()),
                            token)
                    .orThrow("declaring " + claim.topic() + " for " + name);
            if (claim.verifiable()) {
                verifiable.add(claim.topic());
            }
        }
        put(base + "/status", Map.of("version", version, "status", "PUBLISHED"), token, "publishing " + name);
        return new Loaded(id, verifiable);
    }

    private JsonNode put(String url, Map<String, Object> body, String token, String what) throws Exception {
        return api.put(url, body, token).orThrow(what).body();
    }

    private static Map<String, Object> withVersion(Map<String, Object> section, long version) {
        Map<String, Object> body = new HashMap<>(section);
        body.put("version", version);
        return body;
    }
}
