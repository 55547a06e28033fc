package io.vetted.e2e;

import io.micronaut.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fills profile sections through vendor-service's API, as an owner's client would. */
final class VendorProfiles {

    private final Api api;

    VendorProfiles(Api api) {
        this.api = api;
    }

    Map<String, Object> mine(String token) {
        return api.vendorCall(HttpRequest.GET("/api/providers/mine").bearerAuth(token))
                .body();
    }

    /** A published profile with one offer and the given specialties, on site in {@code department}. */
    UUID published(
            String token,
            String name,
            String kind,
            String city,
            String department,
            List<String> specialties,
            Map<String, Object> offer) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "kind",
                kind,
                "deliveryModes",
                List.of("REMOTE", "ON_SITE"),
                "city",
                city,
                "specialties",
                specialties,
                "description",
                name + ", au service des PME de " + city + ".",
                "siren",
                Api.randomSiren(),
                "languages",
                List.of("fr", "en"),
                "onSiteDepartments",
                List.of(department),
                "offers",
                List.of(offer)));
        Map<String, Object> created = api.vendorCall(
                        HttpRequest.POST("/api/providers", body).bearerAuth(token))
                .body();
        UUID id = UUID.fromString((String) created.get("id"));
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + id + "/status",
                        Map.of("version", created.get("version"), "status", "PUBLISHED"))
                .bearerAuth(token));
        return id;
    }

    void sla(String token, UUID id, String afterHours, int criticalResponseMinutes) {
        long version = ((Number) ((Map<?, ?>) mine(token).get("sla")).get("version")).longValue();
        Map<String, Object> body = new HashMap<>(Map.of(
                "version",
                version,
                "supportDays",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "supportFrom",
                "08:30",
                "supportTo",
                "18:00",
                "afterHours",
                afterHours,
                "criticalResponseMinutes",
                criticalResponseMinutes,
                "criticalResolutionMinutes",
                criticalResponseMinutes * 4,
                "availabilityPercent",
                99.5,
                "serviceCredits",
                "Avoir de 5 % par heure de retard",
                "reportingCadence",
                "MONTHLY"));
        api.vendorCall(HttpRequest.PUT("/api/providers/" + id + "/sla", body).bearerAuth(token));
    }

    void practices(String token, UUID id, String incidentPlan) {
        api.vendorCall(
                HttpRequest.PUT("/api/providers/" + id + "/subcontracting", Map.of("version", 0, "subcontracts", false))
                        .bearerAuth(token));
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + id + "/due-diligence",
                        Map.of(
                                "version",
                                0,
                                "sectors",
                                List.of("HEALTHCARE"),
                                "sectorExperience",
                                "Vingt cabinets médicaux suivis",
                                "dataProtection",
                                "Postes chiffrés et double authentification",
                                "incidentPlan",
                                incidentPlan,
                                "interventionHours",
                                "Du lundi au vendredi, 8 h – 19 h"))
                .bearerAuth(token));
    }

    void claim(String token, UUID id, String topic, String evidence) {
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + id + "/claims/" + topic,
                        Map.of("detail", "Certificat en cours de validité", "evidence", evidence))
                .bearerAuth(token));
    }

    static Map<String, Object> offer(String title, String model, String unit, int price) {
        Map<String, Object> offer = new HashMap<>(Map.of("title", title, "pricingModel", model));
        if (!model.equals("PROJECT")) {
            offer.put("priceEur", price);
        }
        if (unit != null) {
            offer.put("priceUnit", unit);
        }
        return offer;
    }
}
