package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts a demo profile online as its owner would: create the draft, fill each section, add offers,
 * announce the price rises, declare the claims, then publish. A published profile is left as it is;
 * a draft an interrupted load left behind gets what it lacks.
 */
final class ProfileLoader {

    /** A published profile and its claims a moderator would confirm but has not yet (topic, claim version). */
    record Loaded(String id, Map<String, Long> unverifiedClaims) {}

    private final ApiClient api;
    private final DemoAccounts accounts;
    private int completed;

    ProfileLoader(ApiClient api, DemoAccounts accounts) {
        this.api = api;
        this.accounts = accounts;
    }

    Loaded load(DemoProfile profile, DemoAccounts.Session owner) throws Exception {
        String name = (String) profile.create().get("name");
        ApiClient.Response mine = api.get(api.vendor + "/api/providers/mine", owner.token);
        JsonNode current = mine.status() == 404
                ? api.post(api.vendor + "/api/providers", profile.create(), accounts.forWriting(owner))
                        .orThrow("creating " + name)
                        .body()
                : mine.orThrow("reading the profile of " + name).body();
        if (!"PUBLISHED".equals(current.get("status").asText())) {
            current = complete(profile, current, accounts.forWriting(owner));
            completed++;
        }
        Map<String, Long> unverified = new LinkedHashMap<>();
        for (JsonNode claim : current.get("compliance")) {
            String topic = claim.get("topic").asText();
            boolean verifiable = profile.claims().stream()
                    .anyMatch(c -> c.verifiable() && c.topic().equals(topic));
            if (verifiable && !"VERIFIED".equals(claim.get("status").asText())) {
                unverified.put(topic, claim.get("version").asLong());
            }
        }
        return new Loaded(current.get("id").asText(), unverified);
    }

    /** Profiles this load created or finished. */
    int completed() {
        return completed;
    }

    private JsonNode complete(DemoProfile profile, JsonNode current, String token) throws Exception {
        String name = (String) profile.create().get("name");
        String base = api.vendor + "/api/providers/" + current.get("id").asText();
        long version = put(base + "/delivery", withVersion(profile.delivery(), current), token, name)
                .get("version")
                .asLong();
        put(base + "/sla", withVersion(profile.sla(), current.path("sla")), token, name);
        put(
                base + "/subcontracting",
                withVersion(profile.subcontracting(), current.path("subcontracting")),
                token,
                name);
        put(base + "/due-diligence", withVersion(profile.dueDiligence(), current.path("dueDiligence")), token, name);
        for (Map<String, Object> offer : profile.laterOffers()) {
            if (offer(current, (String) offer.get("title")) == null) {
                api.post(base + "/offers", offer, token).orThrow("adding an offer to " + name);
            }
        }
        List<?> initialOffers = (List<?>) profile.create().get("offers");
        for (DemoProfile.PriceRise rise : profile.rises()) {
            Map<?, ?> planned = (Map<?, ?>) initialOffers.get(rise.offer());
            JsonNode offer = Objects.requireNonNull(offer(current, (String) planned.get("title")));
            if (!offer.hasNonNull("upcoming")) {
                Map<String, Object> change = new HashMap<>();
                change.put("version", offer.get("version").asLong());
                change.put("title", offer.get("title").asText());
                change.put("priceEur", rise.priceEur());
                change.put(
                        "priceEffectiveFrom",
                        LocalDate.now(FrenchMarket.PARIS)
                                .plusDays(rise.inDays())
                                .toString());
                change.put("included", offer.get("included").asText());
                api.put(base + "/offers/" + offer.get("id").asText(), change, token)
                        .orThrow("raising a price of " + name);
            }
        }
        for (DemoProfile.Claim claim : profile.claims()) {
            boolean declared = false;
            for (JsonNode existing : current.get("compliance")) {
                declared |= existing.get("topic").asText().equals(claim.topic());
            }
            if (!declared) {
                api.put(
                                base + "/claims/" + claim.topic(),
                                Map.of("detail", claim.detail(), "evidence", claim.evidence()),
                                token)
                        .orThrow("declaring " + claim.topic() + " for " + name);
            }
        }
        return put(base + "/status", Map.of("version", version, "status", "PUBLISHED"), token, name);
    }

    private static JsonNode offer(JsonNode profile, String title) {
        for (JsonNode offer : profile.get("offers")) {
            if (offer.get("title").asText().equals(title)) {
                return offer;
            }
        }
        return null;
    }

    private JsonNode put(String url, Map<String, Object> body, String token, String name) throws Exception {
        String section = url.substring(url.lastIndexOf('/') + 1);
        return api.put(url, body, token).orThrow(section + " of " + name).body();
    }

    /** The section to send with the version the profile has of it (0 before the first change). */
    private static Map<String, Object> withVersion(Map<String, Object> section, JsonNode current) {
        Map<String, Object> body = new HashMap<>(section);
        body.put("version", current.path("version").asLong(0));
        return body;
    }
}
