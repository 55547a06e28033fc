package io.vetted.e2e;

import io.micronaut.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A published provider with one offer, whose owner raises its price by one euro at a time. */
record WatchedProvider(UUID id, String owner) {

    static WatchedProvider publish(Api api, String name) {
        String owner = api.signUp("PROVIDER", name);
        UUID id = new VendorProfiles(api)
                .published(
                        owner,
                        name,
                        "AGENCY",
                        "Lorient",
                        "56",
                        List.of("HELPDESK"),
                        VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_SEAT", 30));
        return new WatchedProvider(id, owner);
    }

    /** @return how long the save took, as the owner saw it */
    @SuppressWarnings("unchecked")
    Duration raise(Api api) {
        Map<String, Object> offer =
                ((List<Map<String, Object>>) new VendorProfiles(api).mine(owner).get("offers")).get(0);
        int price = ((Number) offer.get("priceEur")).intValue() + 1;
        long started = System.nanoTime();
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + id + "/offers/" + offer.get("id"),
                        Map.of("version", offer.get("version"), "title", offer.get("title"), "priceEur", price))
                .bearerAuth(owner));
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
