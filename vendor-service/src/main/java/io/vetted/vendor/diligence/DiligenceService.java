package io.vetted.vendor.diligence;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.catalog.IsoCodes;
import io.vetted.vendor.catalog.Sector;
import io.vetted.vendor.diligence.DiligenceResponses.DueDiligenceResponse;
import io.vetted.vendor.diligence.DiligenceResponses.SubcontractingResponse;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.search.SearchIndex;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

@Singleton
public class DiligenceService {

    private final SubcontractingRepository subcontracting;
    private final DueDiligenceRepository dueDiligence;
    private final ProfileAccess access;
    private final SearchIndex search;

    DiligenceService(
            SubcontractingRepository subcontracting,
            DueDiligenceRepository dueDiligence,
            ProfileAccess access,
            SearchIndex search) {
        this.subcontracting = subcontracting;
        this.dueDiligence = dueDiligence;
        this.access = access;
        this.search = search;
    }

    @Transactional
    public void createBlank(UUID providerId) {
        subcontracting.save(new Subcontracting(providerId, null, "", null, null, null, null));
        dueDiligence.save(new DueDiligence(providerId, new String[0], "", "", "", "", null, null, null));
    }

    @ReadOnly
    public SubcontractingResponse subcontracting(UUID providerId) {
        return SubcontractingResponse.of(subcontracting
                .findById(providerId)
                .orElseThrow(() -> ApiProblems.notFound("No subcontracting disclosure for " + providerId)));
    }

    @ReadOnly
    public DueDiligenceResponse dueDiligence(UUID providerId) {
        return DueDiligenceResponse.of(dueDiligence
                .findById(providerId)
                .orElseThrow(() -> ApiProblems.notFound("No due-diligence answers for " + providerId)));
    }

    @Transactional
    public SubcontractingResponse update(UUID providerId, SubcontractingRequest request) {
        access.requireEditable(providerId);
        String activities = text(request.activities());
        String country = request.country() == null || request.country().isBlank()
                ? null
                : request.country().strip();
        if (request.subcontracts()) {
            if (activities.isEmpty()) {
                throw ApiProblems.unprocessable("activities", "say which activities are subcontracted");
            }
            if (!IsoCodes.isCountry(country)) {
                throw ApiProblems.unprocessable("country", "give the subcontractors' country as an ISO 3166 code");
            }
        } else if (!activities.isEmpty() || country != null) {
            throw ApiProblems.unprocessable("activities", "only subcontracted work has activities and a country");
        }
        Subcontracting stored = subcontracting.findById(providerId).orElseThrow();
        Subcontracting updated = subcontracting.update(new Subcontracting(
                providerId, request.subcontracts(), activities, country, request.version(), stored.createdAt(), null));
        search.refresh(providerId);
        return SubcontractingResponse.of(updated);
    }

    @Transactional
    public DueDiligenceResponse update(UUID providerId, DueDiligenceRequest request) {
        access.requireEditable(providerId);
        DueDiligence stored = dueDiligence.findById(providerId).orElseThrow();
        DueDiligence updated = dueDiligence.update(new DueDiligence(
                providerId,
                (request.sectors() == null ? Set.<Sector>of() : request.sectors())
                        .stream().map(Enum::name).sorted().toArray(String[]::new),
                text(request.sectorExperience()),
                text(request.dataProtection()),
                text(request.incidentPlan()),
                text(request.interventionHours()),
                request.version(),
                stored.createdAt(),
                null));
        search.refresh(providerId);
        return DueDiligenceResponse.of(updated);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
