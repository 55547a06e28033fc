package io.vetted.review.reference;

import io.vetted.review.reputation.ReputationLedger;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Stores a reference and its effect on the provider's reputation in one transaction. */
@Singleton
class ReferenceWriter {

    private final ReferenceRepository references;
    private final ReputationLedger reputation;

    ReferenceWriter(ReferenceRepository references, ReputationLedger reputation) {
        this.references = references;
        this.reputation = reputation;
    }

    @Transactional
    Reference write(UUID providerId, UUID author, String authorName, CreateReferenceRequest request) {
        if (references.existsByProviderIdAndAuthorAccountId(providerId, author)) {
            throw ApiProblems.conflict("You already posted a reference on this provider");
        }
        Reference saved = references.save(new Reference(null, providerId, author, authorName,
                request.rating().shortValue(), request.comment().strip(), null, null, null));
        reputation.recordRating(providerId, request.rating());
        return saved;
    }
}
