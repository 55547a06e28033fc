package io.vetted.seed;

import java.util.List;
import java.util.Map;

/**
 * Everything one demo provider states, section by section, as the APIs take it: the profile to
 * create, then delivery, SLA, subcontracting, due diligence, compliance claims, a few offers added
 * later and the price rises some of them announce.
 */
record DemoProfile(
        Map<String, Object> create,
        Map<String, Object> delivery,
        Map<String, Object> sla,
        Map<String, Object> subcontracting,
        Map<String, Object> dueDiligence,
        List<Claim> claims,
        List<Map<String, Object>> laterOffers,
        List<PriceRise> rises) {

    /** A claim; {@code verifiable} ones are those a moderator would confirm from the evidence. */
    record Claim(String topic, String detail, String evidence, boolean verifiable) {}

    /** Raises offer {@code offer} (in creation order) to {@code priceEur} from {@code inDays} days on. */
    record PriceRise(int offer, String priceEur, int inDays) {}
}
