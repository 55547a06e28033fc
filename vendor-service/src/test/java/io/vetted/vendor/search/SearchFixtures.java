package io.vetted.vendor.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.offer.OfferRequest;
import io.vetted.vendor.offer.PriceUnit;
import io.vetted.vendor.offer.PricingModel;
import io.vetted.vendor.provider.CreateProviderRequest;
import io.vetted.vendor.provider.DeliveryMode;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderKind;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.Providers;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Four published providers that differ on every filter the search offers. */
final class SearchFixtures {

    private final ProviderClient providers;
    private final HttpClient http;

    SearchFixtures(ProviderClient providers, HttpClient http) {
        this.providers = providers;
        this.http = http;
    }

    void load() {
        var rhone = provider(
                "Infogérance Rhône",
                ProviderKind.AGENCY,
                Set.of(DeliveryMode.REMOTE, DeliveryMode.ON_SITE),
                "Lyon",
                Set.of(Specialty.HELPDESK, Specialty.SERVERS_INFRASTRUCTURE),
                List.of("en", "fr"),
                List.of("84"),
                List.of(),
                offer(PricingModel.HOURLY, null, "75"),
                offer(PricingModel.MONTHLY_FIXED, PriceUnit.FLAT, "490"));
        sla(rhone, "TWENTY_FOUR_SEVEN", 30);
        subcontracting(rhone, false);
        claim(rhone, "ISO_27001", true);
        reputation(rhone.id(), 12, 8, "4.60", "4.40");

        var bretons = provider(
                "Réseaux Bretons",
                ProviderKind.FREELANCE,
                Set.of(DeliveryMode.ON_SITE),
                "Rennes",
                Set.of(Specialty.NETWORKS),
                List.of("fr"),
                List.of(),
                List.of("35"),
                offer(PricingModel.HOURLY, null, "55"));
        sla(bretons, "ON_CALL", 120);
        subcontracting(bretons, true);
        claim(bretons, "ISO_27001", false);
        reputation(bretons.id(), 1, 0, "5.00", null);

        var cyber = provider(
                "Cyber Garde",
                ProviderKind.FREELANCE,
                Set.of(DeliveryMode.REMOTE),
                "Toulouse",
                Set.of(Specialty.CYBERSECURITY),
                List.of("en"),
                List.of(),
                List.of(),
                offer(PricingModel.HOURLY, null, "95"));
        sla(cyber, "NONE", 240);
        reputation(cyber.id(), 50, 20, "4.80", "4.70");

        provider(
                "Sauvegarde Nord",
                ProviderKind.AGENCY,
                Set.of(DeliveryMode.REMOTE),
                "Lille",
                Set.of(Specialty.BACKUP_RECOVERY),
                List.of("fr"),
                List.of(),
                List.of(),
                offer(PricingModel.MONTHLY_FIXED, PriceUnit.PER_DEVICE, "25"));
    }

    private Providers.Owned provider(
            String name,
            ProviderKind kind,
            Set<DeliveryMode> modes,
            String city,
            Set<Specialty> specialties,
            List<String> languages,
            List<String> regions,
            List<String> departments,
            OfferRequest... offers) {
        return Providers.published(
                providers,
                new CreateProviderRequest(
                        name,
                        kind,
                        modes,
                        city,
                        specialties,
                        "Au service des entreprises de " + city + ".",
                        List.of(offers),
                        null,
                        null,
                        Providers.newSiren(),
                        null,
                        null,
                        null,
                        languages,
                        regions,
                        departments,
                        null));
    }

    private static OfferRequest offer(PricingModel model, PriceUnit unit, String price) {
        return new OfferRequest("Offre " + model, model, new BigDecimal(price), unit, null, null, null, null);
    }

    private void sla(Providers.Owned provider, String afterHours, int criticalResponseMinutes) {
        ProviderResponse profile = provider.profile();
        Map<String, Object> body = new HashMap<>(Map.of(
                "version",
                profile.sla().version(),
                "supportDays",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "supportFrom",
                "08:30",
                "supportTo",
                "18:00",
                "afterHours",
                afterHours,
                "criticalResponseMinutes",
                criticalResponseMinutes));
        put(provider.owner().token(), "/api/providers/" + provider.id() + "/sla", body);
    }

    private void subcontracting(Providers.Owned provider, boolean subcontracts) {
        Map<String, Object> body = subcontracts
                ? Map.of("version", 0, "subcontracts", true, "activities", "Câblage", "country", "FR")
                : Map.of("version", 0, "subcontracts", false);
        put(provider.owner().token(), "/api/providers/" + provider.id() + "/subcontracting", body);
    }

    private void claim(Providers.Owned provider, String topic, boolean verified) {
        String path = "/api/providers/" + provider.id() + "/claims/" + topic;
        put(
                provider.owner().token(),
                path,
                Map.of("detail", "Certificat n° 2024-117", "evidence", "https://certificats.example.fr/117"));
        if (verified) {
            put(
                    TestIssuer.shared().account("MODERATOR").token(),
                    path + "/status",
                    Map.of("version", 0, "status", "VERIFIED"));
        }
    }

    private void reputation(UUID provider, int count, int verified, String average, String bayesian) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "sourceVersion",
                1,
                "referenceCount",
                count,
                "independentReferenceCount",
                verified,
                "averageRating",
                new BigDecimal(average)));
        if (bayesian != null) {
            body.put("bayesianRating", new BigDecimal(bayesian));
        }
        put(
                TestIssuer.shared().token("service:review-service", "SERVICE"),
                "/api/internal/providers/" + provider + "/reputation",
                body);
    }

    private void put(String token, String path, Object body) {
        http.toBlocking().exchange(HttpRequest.PUT(path, body).bearerAuth(token));
    }
}
