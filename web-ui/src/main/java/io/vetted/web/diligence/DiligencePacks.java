package io.vetted.web.diligence;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Gathers a shortlist's pack from the three services, as the signed-in buyer: the shortlist and the
 * requirements from buyer-service, each provider's public profile from vendor-service and its
 * reputation from review-service. A provider unpublished since it was shortlisted is left out.
 */
@Singleton
class DiligencePacks {

    private final BuyerClient workspace;
    private final VendorClient vendor;
    private final ReviewClient review;

    DiligencePacks(BuyerClient workspace, VendorClient vendor, ReviewClient review) {
        this.workspace = workspace;
        this.vendor = vendor;
        this.review = review;
    }

    DiligencePack of(UUID shortlistId) {
        BuyerClient.Shortlist shortlist = workspace.shortlist(shortlistId);
        if (shortlist == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such shortlist");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (BuyerClient.Entry entry : shortlist.entries()) {
            VendorClient.Provider provider = vendor.provider(entry.providerId());
            if (provider != null) {
                ReviewClient.Reputation reputation = review.reputation(provider.id());
                candidates.add(new Candidate(
                        provider, Objects.requireNonNullElse(reputation, ReviewClient.Reputation.NONE), entry));
            }
        }
        return new DiligencePack(shortlist.name(), Instant.now(), workspace.requirements(), candidates);
    }
}
