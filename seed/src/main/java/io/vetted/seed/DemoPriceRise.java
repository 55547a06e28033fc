package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The demo buyer's first shortlisted provider announces a 6 % rise of its first priced offer 45 days
 * ahead (its profile promises 30, 60 or 90 days' notice, and the alert says which was kept): the
 * price watch then alerts the demo buyer through vendor-service's outbox, buyer-service and
 * identity-service's notifications, so the demo's notification centre shows one.
 * Announced once: a later load finds the rise still to come in the offer's history.
 */
final class DemoPriceRise {

    private static final int NOTICE_DAYS = 45;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ApiClient api;
    private final DemoAccounts accounts;

    DemoPriceRise(ApiClient api, DemoAccounts accounts) {
        this.api = api;
        this.accounts = accounts;
    }

    void announce(String provider, DemoAccounts.Session owner) throws Exception {
        accounts.renew(owner);
        String base = api.vendor + "/api/providers/" + provider;
        JsonNode profile =
                api.get(base, owner.token).orThrow("reading a demo profile").body();
        for (JsonNode offer : profile.path("offers")) {
            if (!offer.path("priceEur").isNumber()) {
                continue;
            }
            if (announced(offer)) {
                return;
            }
            long risen = Math.round(offer.path("priceEur").asDouble() * 1.06);
            api.put(
                            base + "/offers/" + offer.path("id").asText(),
                            Map.of(
                                    "version", offer.path("version").asLong(),
                                    "title", offer.path("title").asText(),
                                    "priceEur", risen,
                                    "priceEffectiveFrom",
                                            LocalDate.now(PARIS)
                                                    .plusDays(NOTICE_DAYS)
                                                    .toString()),
                            accounts.forWriting(owner))
                    .orThrow("announcing a demo price rise");
            return;
        }
    }

    private static boolean announced(JsonNode offer) {
        LocalDate today = LocalDate.now(PARIS);
        for (JsonNode point : offer.path("priceHistory")) {
            if (LocalDate.parse(point.path("effectiveFrom").asText()).isAfter(today)) {
                return true;
            }
        }
        return false;
    }
}
