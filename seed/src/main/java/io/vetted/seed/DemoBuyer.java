package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A demo buyer whose workspace is already in use: requirements, two annotated shortlists and a
 * saved search ({@link DemoQuotes} adds answered quote requests), so a newcomer sees the buyer's
 * side working. Like the rest of the demo, each piece
 * is made only when missing, so a second load changes nothing.
 */
final class DemoBuyer {

    static final String EMAIL = "acheteur@demo.vetted.fr";

    private final ApiClient api;
    private final String buyer;

    DemoBuyer(ApiClient api, String buyer) {
        this.api = api;
        this.buyer = buyer;
    }

    /** Fills the buyer's workspace with the demo's providers (at least three); returns its shortlists' ids. */
    List<String> load(DemoAccounts.Session session, List<String> providers) throws Exception {
        String token = session.token;
        JsonNode requirements = api.get(buyer + "/api/buyer/requirements", token)
                .orThrow("reading requirements")
                .body();
        if (requirements.path("version").isMissingNode()
                || requirements.path("version").isNull()) {
            api.put(buyer + "/api/buyer/requirements", requirements(), token).orThrow("saving requirements");
        }
        int last = providers.size() - 1;
        String support = shortlist(
                token,
                "Infogérance du cabinet",
                providers.subList(0, Math.min(3, last)),
                List.of(
                        "Agence recommandée par notre expert-comptable.",
                        "Demander le détail des interventions sur site.",
                        "Vérifier la réversibilité des données en fin de contrat."));
        String backup = shortlist(
                token,
                "Sauvegarde externalisée",
                providers.subList(last - 1, last + 1),
                List.of("Proposent une sauvegarde hors site chiffrée.", "Pas d'astreinte le week-end."));
        reject(token, backup, providers.get(last), "Pas d'astreinte le week-end, or nous en avons besoin.");
        JsonNode searches = api.get(buyer + "/api/buyer/saved-searches", token)
                .orThrow("reading saved searches")
                .body();
        if (searches.isEmpty()) {
            api.post(
                            buyer + "/api/buyer/saved-searches",
                            Map.of(
                                    "name",
                                    "Sauvegarde avec astreinte",
                                    "query",
                                    "specialty=BACKUP_RECOVERY&afterHours=ON_CALL",
                                    // the same search as vendor-service reads it: new providers it finds are alerted
                                    "vendorQuery",
                                    "specialty=BACKUP_RECOVERY&afterHours=ON_CALL"),
                            token)
                    .orThrow("saving a search");
        }
        return List.of(support, backup);
    }

    private static Map<String, Object> requirements() {
        return Map.of(
                "fleet",
                Map.of("users", 14, "workstations", 16, "servers", 2),
                "departments",
                List.of("69"),
                "specialties",
                List.of("HELPDESK", "BACKUP_RECOVERY", "NETWORKS"),
                "afterHours",
                "ON_CALL",
                "maxCriticalResponseMinutes",
                240,
                "certifications",
                List.of(Map.of("certification", "ISO_27001", "level", "DECLARED_ACCEPTABLE")),
                "maxMonthlyBudgetEur",
                1500,
                "subcontractingAcceptable",
                false);
    }

    private String shortlist(String token, String name, List<String> providers, List<String> notes) throws Exception {
        JsonNode existing = null;
        for (JsonNode list : api.get(buyer + "/api/buyer/shortlists", token)
                .orThrow("reading shortlists")
                .body()) {
            if (name.equals(list.path("name").asText())) {
                existing = list;
            }
        }
        if (existing == null) {
            existing = api.post(buyer + "/api/buyer/shortlists", Map.of("name", name), token)
                    .orThrow("creating shortlist " + name)
                    .body();
        }
        String id = existing.get("id").asText();
        for (int i = 0; i < providers.size(); i++) {
            if (!existing.path("entries").toString().contains(providers.get(i))) {
                api.post(
                                buyer + "/api/buyer/shortlists/" + id + "/entries",
                                Map.of("providerId", providers.get(i), "note", notes.get(i)),
                                token)
                        .orThrow("shortlisting " + providers.get(i));
            }
        }
        return id;
    }

    private void reject(String token, String shortlist, String provider, String reason) throws Exception {
        JsonNode list = api.get(buyer + "/api/buyer/shortlists/" + shortlist, token)
                .orThrow("reading a shortlist")
                .body();
        for (JsonNode entry : list.path("entries")) {
            if (provider.equals(entry.path("providerId").asText())
                    && "REJECTED".equals(entry.path("status").asText())) {
                return;
            }
        }
        var change = Map.of("note", "Pas d'astreinte le week-end.", "status", "REJECTED", "rejectionReason", reason);
        api.put(buyer + "/api/buyer/shortlists/" + shortlist + "/entries/" + provider, change, token)
                .orThrow("rejecting " + provider);
    }
}
