package io.vetted.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The demo buyer's quote requests: sent from its first shortlist to two providers, each answered by
 * the provider's owner from its inbox. The answers promise slower critical responses than the demo
 * profiles publish (the second also less after-hours cover and a shorter notice), so the buyer's
 * side-by-side view shows its flags. Made only when missing.
 */
final class DemoQuotes {

    static final String COMPANY = "Cabinet Martin Expertise";

    private static final List<Map<String, Object>> ANSWERS = List.of(
            Map.of(
                    "pricingModel", "MONTHLY_FIXED",
                    "monthlyAmountEur", 1290,
                    "includedServices",
                            "Support illimité à distance, deux interventions sur site par mois, sauvegardes supervisées.",
                    "criticalResponseMinutes", 120,
                    "afterHours", "ON_CALL",
                    "priceChangeNoticeDays", 90,
                    "terms", "Engagement de 12 mois, résiliable ensuite avec trois mois de préavis."),
            Map.of(
                    "pricingModel", "MONTHLY_FIXED",
                    "monthlyAmountEur", 1480,
                    "includedServices", "Support à distance aux heures ouvrées, supervision du réseau.",
                    "criticalResponseMinutes", 720,
                    "afterHours", "NONE",
                    "priceChangeNoticeDays", 15,
                    "terms", "Interventions sur site facturées en plus, 95 € HT de l’heure."));

    private final ApiClient api;
    private final String buyer;
    private final DemoAccounts accounts;

    DemoQuotes(ApiClient api, String buyer, DemoAccounts accounts) {
        this.api = api;
        this.buyer = buyer;
        this.accounts = accounts;
    }

    void load(String buyerToken, String shortlist, List<String> providers, List<DemoAccounts.Session> owners)
            throws Exception {
        JsonNode sent = api.get(buyer + "/api/buyer/shortlists/" + shortlist + "/quote-requests", buyerToken)
                .orThrow("reading quote requests")
                .body();
        if (sent.path("quotes").isEmpty()) {
            send(buyerToken, shortlist, providers);
        }
        for (int i = 0; i < providers.size(); i++) {
            answer(owners.get(i), ANSWERS.get(i));
        }
    }

    private void send(String buyerToken, String shortlist, List<String> providers) throws Exception {
        api.post(
                        buyer + "/api/buyer/shortlists/" + shortlist + "/quote-requests",
                        Map.of(
                                "providerIds", providers,
                                "message",
                                        "Bonjour, nous cherchons un prestataire pour l’infogérance de notre cabinet"
                                                + " (14 postes, 2 serveurs) à partir de janvier. Pouvez-vous nous faire une proposition ?",
                                "company", COMPANY),
                        buyerToken)
                .orThrow("requesting quotes");
    }

    /** The owner answers the demo buyer's open request from its inbox, with a second factor as the API requires. */
    private void answer(DemoAccounts.Session owner, Map<String, Object> answer) throws Exception {
        ApiClient.Response inbox = api.get(buyer + "/api/quote-inbox", owner.token);
        if (inbox.status() == 401) {
            // the load outlived the access token
            accounts.renew(owner);
            inbox = api.get(buyer + "/api/quote-inbox", owner.token);
        }
        for (JsonNode request : inbox.orThrow("reading the inbox").body()) {
            if (COMPANY.equals(request.path("company").asText())
                    && "OPEN".equals(request.path("status").asText())) {
                api.put(
                                buyer + "/api/quote-inbox/" + request.get("id").asText() + "/answer",
                                answer,
                                accounts.forWriting(owner))
                        .orThrow("answering a quote request");
            }
        }
    }
}
