package io.vetted.vendor.provider;

import io.vetted.vendor.catalog.ComplianceTopic;
import io.vetted.vendor.compliance.ClaimResponse;
import io.vetted.vendor.diligence.DiligenceResponses.DueDiligenceResponse;
import io.vetted.vendor.diligence.DiligenceResponses.SubcontractingResponse;
import io.vetted.vendor.sla.SlaResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a buyer doing due diligence would look for, item by item. Certifications are not items:
 * many good providers hold none, and the profile says so rather than counting it against them.
 */
final class CompletenessCheck {

    private static final List<ComplianceTopic> PRACTICES = List.of(
            ComplianceTopic.GDPR_DPA,
            ComplianceTopic.DATA_LOCATION,
            ComplianceTopic.BACKUP,
            ComplianceTopic.ENCRYPTION,
            ComplianceTopic.INCIDENT_RESPONSE_PLAN,
            ComplianceTopic.LIABILITY_INSURANCE);

    private CompletenessCheck() {}

    static ProviderResponse.Completeness of(
            Provider p,
            int offers,
            SlaResponse sla,
            SubcontractingResponse sub,
            DueDiligenceResponse dd,
            List<ClaimResponse> claims) {
        Map<String, Boolean> items = new LinkedHashMap<>();
        items.put("identity.siren", p.siren() != null);
        items.put("identity.teamSize", p.teamSize() != null);
        items.put("identity.yearFounded", p.yearFounded() != null);
        items.put("identity.website", p.website() != null);
        items.put("identity.postcode", p.postcode() != null);
        items.put("identity.languages", p.languages().length > 0);
        if (p.deliversOnSite()) {
            items.put("delivery.onSiteAreas", p.onSiteRegions().length + p.onSiteDepartments().length > 0);
        }
        items.put("specialties.description", !p.description().isBlank());
        items.put("offers.offer", offers > 0);
        items.put(
                "sla.supportHours",
                sla.supportFrom() != null && !sla.supportDays().isEmpty());
        items.put("sla.afterHours", sla.afterHours() != null);
        items.put(
                "sla.responseTargets",
                sla.criticalResponseMinutes() != null
                        && sla.highResponseMinutes() != null
                        && sla.normalResponseMinutes() != null);
        items.put(
                "sla.resolutionTargets",
                sla.criticalResolutionMinutes() != null
                        && sla.highResolutionMinutes() != null
                        && sla.normalResolutionMinutes() != null);
        items.put("sla.availability", sla.availabilityPercent() != null);
        items.put("sla.serviceCredits", !sla.serviceCredits().isBlank());
        items.put("sla.reportingCadence", sla.reportingCadence() != null);
        items.put("sla.workingMethod", !sla.workingMethod().isBlank());
        items.put("subcontracting.answer", sub.subcontracts() != null);
        Set<ComplianceTopic> claimed = claims.stream().map(ClaimResponse::topic).collect(Collectors.toSet());
        PRACTICES.forEach(topic -> items.put("compliance." + topic, claimed.contains(topic)));
        items.put("dueDiligence.sectors", !dd.sectors().isEmpty());
        items.put("dueDiligence.sectorExperience", !dd.sectorExperience().isBlank());
        items.put("dueDiligence.dataProtection", !dd.dataProtection().isBlank());
        items.put("dueDiligence.incidentPlan", !dd.incidentPlan().isBlank());
        items.put("dueDiligence.interventionHours", !dd.interventionHours().isBlank());

        List<String> missing = new ArrayList<>();
        items.forEach((item, done) -> {
            if (!done) {
                missing.add(item);
            }
        });
        int score = Math.round(100f * (items.size() - missing.size()) / items.size());
        return new ProviderResponse.Completeness(score, missing);
    }
}
