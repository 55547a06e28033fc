package io.vetted.vendor.reputation;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.search.SearchIndex;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

@Singleton
public class ReputationService {

    private final ReputationRepository reputations;
    private final ProviderRepository providers;
    private final SearchIndex search;

    ReputationService(ReputationRepository reputations, ProviderRepository providers, SearchIndex search) {
        this.reputations = reputations;
        this.providers = providers;
        this.search = search;
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
        if (update.referenceCount() > 0 && update.averageRating() == null) {
            throw ApiProblems.invalidField(
                    HttpStatus.BAD_REQUEST, "averageRating", "is required when references count");
        }
        int verified = update.verified();
        String verifiedField = update.namesIndependentLevels() ? "independentReferenceCount" : "verifiedReferenceCount";
        if (verified > update.referenceCount()
                || (update.verifiedReferenceCount() != null
                        && update.verifiedReferenceCount() > update.referenceCount())) {
            throw ApiProblems.unprocessable(verifiedField, "cannot exceed referenceCount");
        }
        if (update.providerVouched() > update.referenceCount()) {
            throw ApiProblems.unprocessable("providerVouchedCount", "cannot exceed referenceCount");
        }
        if (update.clientVerified() > verified) {
            throw ApiProblems.unprocessable("clientVerifiedCount", "cannot exceed independentReferenceCount");
        }
        if (update.evidenceChecked() > verified) {
            throw ApiProblems.unprocessable("evidenceCheckedCount", "cannot exceed independentReferenceCount");
        }
        boolean applied = reputations.applyIfNewer(
                        providerId,
                        update.averageRating(),
                        update.referenceCount(),
                        verified,
                        update.bayesianRating(),
                        update.recommendShare(),
                        update.sourceVersion(),
                        update.providerVouched(),
                        update.clientVerified(),
                        update.evidenceChecked())
                > 0;
        if (applied) {
            reputations.deleteCriteria(providerId);
            if (update.criteria() != null) {
                update.criteria().forEach((name, rating) -> {
                    if (Criterion.known(name) && rating != null) {
                        reputations.insertCriterion(providerId, name, rating);
                    }
                });
            }
            search.refreshRating(providerId);
        }
        return applied;
    }
}
