package io.vetted.vendor.provider;

import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.reputation.ReputationService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Singleton
public class ProviderService {

    private final ProviderRepository providers;
    private final OfferRepository offers;
    private final ReputationService reputations;

    ProviderService(ProviderRepository providers, OfferRepository offers, ReputationService reputations) {
        this.providers = providers;
        this.offers = offers;
        this.reputations = reputations;
    }

    @Transactional
    public ProviderResponse create(UUID owner, CreateProviderRequest request) {
        if (providers.existsByOwnerAccountId(owner)) {
            throw ApiProblems.conflict("This account already has a provider profile");
        }
        String description = request.description() == null ? "" : request.description().strip();
        Provider provider = providers.save(new Provider(null, owner, request.name().strip(), request.kind(),
                request.deliveryModes().contains(DeliveryMode.REMOTE),
                request.deliveryModes().contains(DeliveryMode.ON_SITE),
                request.city().strip(), description,
                request.specialties().stream().map(Enum::name).sorted().toArray(String[]::new),
                searchText(request.name(), request.city(), description, request.specialties()),
                null, null, null));
        offers.saveAll(request.offers().stream()
                .map(o -> new Offer(null, provider.id(), o.title().strip(), o.pricingModel(), o.priceEur(), null, null, null))
                .toList());
        return view(provider);
    }

    @Transactional
    public ProviderResponse get(UUID id) {
        return view(providers.findById(id).orElseThrow(() -> ApiProblems.notFound("No provider with id " + id)));
    }

    @Transactional
    public ProviderResponse ownedBy(UUID owner) {
        return view(providers.findByOwnerAccountId(owner)
                .orElseThrow(() -> ApiProblems.notFound("This account has no provider profile yet")));
    }

    private ProviderResponse view(Provider provider) {
        List<ProviderResponse.OfferResponse> offerViews = offers.findByProviderIdOrderByCreatedAt(provider.id()).stream()
                .map(o -> new ProviderResponse.OfferResponse(o.id(), o.title(), o.pricingModel(), o.priceEur()))
                .toList();
        EnumSet<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        if (provider.deliversRemote()) {
            modes.add(DeliveryMode.REMOTE);
        }
        if (provider.deliversOnSite()) {
            modes.add(DeliveryMode.ON_SITE);
        }
        EnumSet<Specialty> specialties = Arrays.stream(provider.specialties()).map(Specialty::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialty.class)));
        return new ProviderResponse(provider.id(), provider.ownerAccountId(), provider.name(), provider.kind(), modes,
                provider.city(), specialties, provider.description(), offerViews, reputations.of(provider.id()),
                provider.version(), provider.createdAt(), provider.updatedAt());
    }

    static String searchText(String name, String city, String description, Iterable<Specialty> specialties) {
        Stream<String> terms = Stream.of(name, city, description);
        for (Specialty specialty : specialties) {
            terms = Stream.concat(terms, specialty.searchTerms().stream());
        }
        return terms.collect(Collectors.joining(" "));
    }
}
