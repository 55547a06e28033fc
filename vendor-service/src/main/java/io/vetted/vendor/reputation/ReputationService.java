package io.vetted.vendor.reputation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.reputation.ReputationBatchResult.Outcome;
import io.vetted.vendor.search.SearchIndex;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

@Singleton
public class ReputationService {

    private final ReputationRepository reputations;
    private final ProviderRepository providers;
    private final SearchIndex search;
    private final ReputationCriteria criteria;

    ReputationService(
            ReputationRepository reputations,
            ProviderRepository providers,
            SearchIndex search,
            ReputationCriteria criteria) {
        this.reputations = reputations;
        this.providers = providers;
        this.search = search;
        this.criteria = criteria;
    }

    @ReadOnly
    public ReputationResponse of(UUID providerId) {
        return reputations
                .findById(providerId)
                .map(r -> {
                    Map<Criterion, BigDecimal> criteria = new EnumMap<>(Criterion.class);
                    reputations
                            .criteria(providerId)
                            .forEach(c -> criteria.put(Criterion.valueOf(c.criterion()), c.rating()));
                    return new ReputationResponse(
                            r.averageRating(),
                            r.referenceCount(),
                            r.verifiedReferenceCount(),
                            r.bayesianRating(),
                            r.recommendShare(),
                            criteria,
                            r.clientVerifiedCount(),
                            r.evidenceCheckedCount(),
                            r.providerVouchedCount());
                })
                .orElse(ReputationResponse.NONE);
    }

    /** @return whether the snapshot was newer than what was stored */
    @Transactional
    public boolean apply(UUID providerId, ReputationUpdate update) {
        if (!providers.existsById(providerId)) {
            throw ApiProblems.notFound("No provider with id " + providerId);
        }
        ReputationCheck refusal = ReputationCheck.refusal(update);
        if (refusal != null) {
            throw ApiProblems.invalidField(refusal.status(), refusal.field(), refusal.detail());
        }
        return store(providerId, update);
    }

    /**
     * Applies each snapshot that can be, in one transaction, and says what became of every one. A
     * refused snapshot does not stop the others. Providers are taken in id order, so two batches
     * sharing providers lock them in the same order and wait for each other instead of deadlocking.
     */
    @Transactional
    public Map<UUID, Outcome> applyAll(Map<UUID, ReputationUpdate> updates) {
        Set<UUID> known = new HashSet<>(providers.findIdByIdIn(updates.keySet()));
        Map<UUID, Outcome> outcomes = new TreeMap<>();
        for (UUID providerId : new TreeSet<>(updates.keySet())) {
            ReputationUpdate update = updates.get(providerId);
            ReputationCheck refusal = ReputationCheck.refusal(update);
            if (!known.contains(providerId)) {
                outcomes.put(providerId, Outcome.UNKNOWN_PROVIDER);
            } else if (refusal != null) {
                outcomes.put(providerId, Outcome.invalid(refusal));
            } else {
                outcomes.put(providerId, store(providerId, update) ? Outcome.APPLIED : Outcome.STALE);
            }
        }
        return outcomes;
    }

    private boolean store(UUID providerId, ReputationUpdate update) {
        boolean applied = reputations.applyIfNewer(
                        providerId,
                        update.averageRating(),
                        update.referenceCount(),
                        update.verified(),
                        update.bayesianRating(),
                        update.recommendShare(),
                        update.sourceVersion(),
                        update.providerVouched(),
                        update.clientVerified(),
                        update.evidenceChecked())
                > 0;
        if (applied) {
            criteria.replace(providerId, update.criteria());
            search.refreshRating(providerId);
        }
        return applied;
    }
}
