package io.vetted.vendor.provider;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.vendor.catalog.FrenchAreas;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.company.CompanyIdentities;
import io.vetted.vendor.compliance.ClaimResponse;
import io.vetted.vendor.compliance.ComplianceService;
import io.vetted.vendor.contest.Contests;
import io.vetted.vendor.diligence.DiligenceResponses.DueDiligenceResponse;
import io.vetted.vendor.diligence.DiligenceResponses.SubcontractingResponse;
import io.vetted.vendor.diligence.DiligenceService;
import io.vetted.vendor.history.IdentityHistory;
import io.vetted.vendor.offer.OfferResponse;
import io.vetted.vendor.offer.OfferService;
import io.vetted.vendor.reputation.ReputationService;
import io.vetted.vendor.sla.SlaResponse;
import io.vetted.vendor.sla.SlaService;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Puts a profile together from its sections, for buyers or, with its completeness, for its owner. */
@Singleton
class ProfileViews {

    private final OfferService offers;
    private final SlaService slas;
    private final DiligenceService diligence;
    private final ComplianceService compliance;
    private final ReputationService reputations;
    private final FrenchAreas areas;
    private final CompanyIdentities companies;
    private final IdentityHistory history;
    private final Contests contests;

    ProfileViews(
            OfferService offers,
            SlaService slas,
            DiligenceService diligence,
            ComplianceService compliance,
            ReputationService reputations,
            FrenchAreas areas,
            CompanyIdentities companies,
            IdentityHistory history,
            Contests contests) {
        this.offers = offers;
        this.slas = slas;
        this.diligence = diligence;
        this.compliance = compliance;
        this.reputations = reputations;
        this.areas = areas;
        this.companies = companies;
        this.history = history;
        this.contests = contests;
    }

    @ReadOnly
    ProviderResponse view(Provider p, boolean forOwner) {
        List<OfferResponse> offerViews = offers.activeOffers(p.id());
        SlaResponse sla = slas.of(p.id());
        SubcontractingResponse sub = diligence.subcontracting(p.id());
        DueDiligenceResponse dd = diligence.dueDiligence(p.id());
        List<ClaimResponse> claims = compliance.claims(p.id());
        EnumSet<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        if (p.deliversRemote()) {
            modes.add(DeliveryMode.REMOTE);
        }
        if (p.deliversOnSite()) {
            modes.add(DeliveryMode.ON_SITE);
        }
        EnumSet<Specialty> specialties = Arrays.stream(p.specialties())
                .map(Specialty::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialty.class)));
        return new ProviderResponse(
                p.id(),
                forOwner ? p.ownerAccountId() : null,
                p.name(),
                p.kind(),
                modes,
                p.city(),
                specialties,
                p.description(),
                offerViews,
                reputations.of(p.id()),
                p.version() == null ? 0 : p.version(),
                p.createdAt(),
                p.updatedAt(),
                p.status(),
                p.publishedAt(),
                p.teamSize(),
                p.yearFounded(),
                p.siren(),
                p.siret(),
                p.website(),
                p.postcode(),
                p.departmentCode(),
                p.departmentCode() == null ? null : areas.regionOfDepartment(p.departmentCode()),
                List.of(p.languages()),
                List.of(p.onSiteRegions()),
                List.of(p.onSiteDepartments()),
                p.offshoreCountry(),
                sla,
                sub,
                dd,
                claims,
                forOwner ? CompletenessCheck.of(p, offerViews.size(), sla, sub, dd, claims) : null,
                companies.view(p, forOwner),
                WebsiteDomains.registrable(p.website()).orElse(null),
                history.formerly(p.id()),
                p.firstPublishedAt(),
                offers.recentlyWithdrawnOffers(p.id()),
                forOwner ? p.unpublishedReason() : null,
                forOwner ? p.unpublishedReasonCode() : null,
                forOwner ? p.unpublishedSiren() : null,
                forOwner ? contests.involving(p.id()) : null);
    }
}
