package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.company.CompanyIdentities;
import io.vetted.vendor.diligence.DiligenceService;
import io.vetted.vendor.history.IdentityHistory;
import io.vetted.vendor.offer.OfferService;
import io.vetted.vendor.search.SearchIndex;
import io.vetted.vendor.sla.SlaService;
import io.vetted.vendor.watch.WatchEvents;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

@Singleton
class ProfileService {

    private final ProviderRepository providers;
    private final ProfileAccess access;
    private final ProfileRules rules;
    private final ProfileViews views;
    private final OfferService offers;
    private final SlaService slas;
    private final DiligenceService diligence;
    private final SearchIndex search;
    private final CompanyIdentities companies;
    private final IdentityHistory history;
    private final WatchEvents watch;

    ProfileService(
            ProviderRepository providers,
            ProfileAccess access,
            ProfileRules rules,
            ProfileViews views,
            OfferService offers,
            SlaService slas,
            DiligenceService diligence,
            SearchIndex search,
            CompanyIdentities companies,
            IdentityHistory history,
            WatchEvents watch) {
        this.providers = providers;
        this.access = access;
        this.rules = rules;
        this.views = views;
        this.offers = offers;
        this.slas = slas;
        this.diligence = diligence;
        this.search = search;
        this.companies = companies;
        this.history = history;
        this.watch = watch;
    }

    /** A new profile starts as a draft: nobody but its owner sees it until it is published. */
    @Transactional
    ProviderResponse create(CreateProviderRequest request) {
        UUID owner = access.caller();
        if (providers.existsByOwnerAccountId(owner)) {
            throw ApiProblems.conflict("This account already has a provider profile");
        }
        // a member owning a second profile would make the owner's erasure unable to hand the first one over
        if (access.callersProfile().isPresent()) {
            throw ApiProblems.conflict("This account already acts for a provider profile as a team member");
        }
        ProfileRules.Identity identity = rules.identity(request.identity());
        ProfileRules.Delivery delivery = rules.delivery(request.delivery());
        requireUnclaimed(identity.siren(), null);
        Provider provider = providers.save(new Provider(
                null,
                owner,
                request.name().strip(),
                request.kind(),
                request.deliveryModes().contains(DeliveryMode.REMOTE),
                request.deliveryModes().contains(DeliveryMode.ON_SITE),
                request.city().strip(),
                text(request.description()),
                request.specialties().stream().map(Enum::name).sorted().toArray(String[]::new),
                ProviderStatus.DRAFT,
                null,
                request.teamSize(),
                request.yearFounded(),
                identity.siren(),
                identity.siret(),
                request.website(),
                request.postcode(),
                identity.departmentCode(),
                identity.languages(),
                delivery.regions(),
                delivery.departments(),
                delivery.offshoreCountry(),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        companies.sirenChanged(provider.id(), null, provider.siren());
        slas.createBlank(provider.id());
        diligence.createBlank(provider.id());
        offers.addAll(provider, request.offers(), "offers");
        return views.view(provider, true);
    }

    @ReadOnly
    ProviderResponse published(UUID id) {
        return views.view(
                providers
                        .findByIdAndStatus(id, ProviderStatus.PUBLISHED)
                        .orElseThrow(() -> ApiProblems.notFound("No published provider with id " + id)),
                false);
    }

    @ReadOnly
    ProviderResponse mine() {
        return views.view(
                access.callersProfile()
                        .orElseThrow(() -> ApiProblems.notFound("This account has no provider profile yet")),
                true);
    }

    @Transactional
    ProviderResponse identity(UUID id, IdentityRequest request) {
        Provider p = access.requireEditable(id);
        ProfileRules.Identity identity = rules.identity(request);
        requireUnclaimed(identity.siren(), id);
        Provider saved = providers.update(new Provider(
                p.id(),
                p.ownerAccountId(),
                request.name().strip(),
                request.kind(),
                p.deliversRemote(),
                p.deliversOnSite(),
                request.city().strip(),
                p.description(),
                p.specialties(),
                p.status(),
                p.publishedAt(),
                request.teamSize(),
                request.yearFounded(),
                identity.siren(),
                identity.siret(),
                request.website(),
                request.postcode(),
                identity.departmentCode(),
                identity.languages(),
                p.onSiteRegions(),
                p.onSiteDepartments(),
                p.offshoreCountry(),
                p.firstPublishedAt(),
                p.unpublishedReason(),
                p.unpublishedReasonCode(),
                p.unpublishedSiren(),
                request.version(),
                p.createdAt(),
                null));
        history.recordEdit(p, saved, access.caller());
        companies.sirenChanged(id, p.siren(), saved.siren());
        search.refresh(id);
        return views.view(saved, true);
    }

    @Transactional
    ProviderResponse delivery(UUID id, DeliveryRequest request) {
        Provider p = access.requireEditable(id);
        ProfileRules.Delivery delivery = rules.delivery(request);
        return save(new Provider(
                p.id(),
                p.ownerAccountId(),
                p.name(),
                p.kind(),
                request.deliveryModes().contains(DeliveryMode.REMOTE),
                request.deliveryModes().contains(DeliveryMode.ON_SITE),
                p.city(),
                p.description(),
                p.specialties(),
                p.status(),
                p.publishedAt(),
                p.teamSize(),
                p.yearFounded(),
                p.siren(),
                p.siret(),
                p.website(),
                p.postcode(),
                p.departmentCode(),
                p.languages(),
                delivery.regions(),
                delivery.departments(),
                delivery.offshoreCountry(),
                p.firstPublishedAt(),
                p.unpublishedReason(),
                p.unpublishedReasonCode(),
                p.unpublishedSiren(),
                request.version(),
                p.createdAt(),
                null));
    }

    @Transactional
    ProviderResponse specialties(UUID id, SpecialtiesRequest request) {
        Provider p = access.requireEditable(id);
        return save(new Provider(
                p.id(),
                p.ownerAccountId(),
                p.name(),
                p.kind(),
                p.deliversRemote(),
                p.deliversOnSite(),
                p.city(),
                text(request.description()),
                request.specialties().stream().map(Enum::name).sorted().toArray(String[]::new),
                p.status(),
                p.publishedAt(),
                p.teamSize(),
                p.yearFounded(),
                p.siren(),
                p.siret(),
                p.website(),
                p.postcode(),
                p.departmentCode(),
                p.languages(),
                p.onSiteRegions(),
                p.onSiteDepartments(),
                p.offshoreCountry(),
                p.firstPublishedAt(),
                p.unpublishedReason(),
                p.unpublishedReasonCode(),
                p.unpublishedSiren(),
                request.version(),
                p.createdAt(),
                null));
    }

    /** Publishing needs what a buyer cannot do without: the SIREN to check and at least one offer. */
    @Transactional
    ProviderResponse status(UUID id, StatusRequest request) {
        Provider p = access.requireEditable(id);
        boolean publish = request.status() == ProviderStatus.PUBLISHED;
        if (publish && p.siren() == null) {
            throw ApiProblems.unprocessable("siren", "a profile needs its SIREN before it is published");
        }
        if (publish && !offers.hasActiveOffers(id)) {
            throw ApiProblems.unprocessable("offers", "a profile needs at least one offer before it is published");
        }
        ProviderResponse saved = save(p.withStatus(request.status(), publish ? null : p.unpublishedReason())
                .withVersion(request.version()));
        if (publish && !p.everPublished()) {
            // queued after the save, which refreshed the search row buyer-service will search, in its transaction
            watch.firstPublished(p.withStatus(ProviderStatus.PUBLISHED, null));
        }
        return saved;
    }

    private ProviderResponse save(Provider changed) {
        Provider saved = providers.update(changed);
        search.refresh(saved.id());
        return views.view(saved, true);
    }

    /**
     * One profile per company: a SIREN another profile holds is refused with a way forward, a
     * contest that a moderator decides with evidence from both.
     */
    private void requireUnclaimed(@Nullable String siren, @Nullable UUID self) {
        if (siren == null) {
            return;
        }
        providers.findBySiren(siren).filter(holder -> !holder.id().equals(self)).ifPresent(holder -> {
            throw ApiProblems.invalidField(
                    HttpStatus.CONFLICT,
                    "siren",
                    "is already claimed by another profile on Vetted; if it is your company's, open a SIREN contest"
                            + " (POST /api/providers/{id}/siren-contests) and a moderator will decide with evidence"
                            + " from both");
        });
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
