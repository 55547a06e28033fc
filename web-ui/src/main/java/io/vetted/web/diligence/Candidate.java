package io.vetted.web.diligence;

import io.vetted.web.backend.BuyerClient;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import java.util.List;
import java.util.Map;

/**
 * One shortlisted provider as the pack shows it: its public profile and reputation, the buyer's
 * status for it, and how its published figures stand against the buyer's requirements.
 */
public record Candidate(VendorClient.Provider provider, ReviewClient.Reputation reputation, BuyerClient.Entry entry) {

    private static final List<String> AFTER_HOURS = List.of("NONE", "ON_CALL", "TWENTY_FOUR_SEVEN");

    public Fit criticalResponse(BuyerClient.Requirements requirements) {
        Integer required = requirements.maxCriticalResponseMinutes();
        Integer published = provider.sla().criticalResponseMinutes();
        if (required == null) {
            return Fit.NOT_REQUIRED;
        }
        if (published == null) {
            return Fit.NOT_STATED;
        }
        return published <= required ? Fit.MEETS : Fit.DOES_NOT;
    }

    public Fit afterHours(BuyerClient.Requirements requirements) {
        String required = requirements.afterHours();
        String published = provider.sla().afterHours();
        if (required == null || "NONE".equals(required)) {
            return Fit.NOT_REQUIRED;
        }
        if (published == null) {
            return Fit.NOT_STATED;
        }
        int gap = AFTER_HOURS.indexOf(required) - AFTER_HOURS.indexOf(published);
        return gap <= 0 ? Fit.MEETS : "NONE".equals(published) ? Fit.DOES_NOT : Fit.PARTLY;
    }

    public Fit subcontracting(BuyerClient.Requirements requirements) {
        Boolean subcontracts = provider.subcontracting().subcontracts();
        if (!Boolean.FALSE.equals(requirements.subcontractingAcceptable())) {
            return Fit.NOT_REQUIRED;
        }
        if (subcontracts == null) {
            return Fit.NOT_STATED;
        }
        return subcontracts ? Fit.DOES_NOT : Fit.MEETS;
    }

    /** A verified claim always meets; a declared one meets only when the buyer accepts declarations. */
    public Fit certification(BuyerClient.RequiredCertification required) {
        return provider.compliance().stream()
                .filter(claim -> claim.topic().equals(required.certification()))
                .findFirst()
                .map(claim -> claim.verified() || !required.verifiedOnly() ? Fit.MEETS : Fit.PARTLY)
                .orElse(Fit.DOES_NOT);
    }

    /** References by label (invited, engagement confirmed, client verified...), largest first. */
    public List<Map.Entry<String, Integer>> labels() {
        return reputation.labels().entrySet().stream()
                .filter(label -> label.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    public List<VendorModels.Claim> claims() {
        return provider.compliance();
    }
}
