package io.vetted.vendor.reputation;

import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.ProviderResponse;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.UUID;

@Singleton
public class ReputationService {

    private final ReputationRepository reputations;
    private final ProviderRepository providers;

    ReputationService(ReputationRepository reputations, ProviderRepository providers) {
        this.reputations = reputations;
        this.providers = providers;
    }

    @Transactional
    public ProviderResponse.Reputation of(UUID providerId) {
        return reputations.findById(providerId)
                .map(r -> new ProviderResponse.Reputation(r.averageRating(), r.referenceCount()))
                .orElse(ProviderResponse.Reputation.NONE);
    }

    /** @return whether the snapshot was newer than what was stored */
    @Transactional
    public boolean apply(UUID providerId, ReputationUpdate update) {
        if (!providers.existsById(providerId)) {
            throw ApiProblems.notFound("No provider with id " + providerId);
        }
        return reputations.applyIfNewer(providerId, update.averageRating(), update.referenceCount(),
                update.sourceVersion()) > 0;
    }
}
