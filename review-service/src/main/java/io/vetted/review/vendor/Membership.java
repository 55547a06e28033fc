package io.vetted.review.vendor;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Whether an account owns or belongs to a provider's team (contract 3), asked as review-service. */
@Singleton
public class Membership {

    public enum Answer {
        MEMBER,
        NOT_MEMBER,
        UNKNOWN
    }

    private final VendorClient vendor;
    private final ProviderRegistry registry;

    Membership(VendorClient vendor, ProviderRegistry registry) {
        this.vendor = vendor;
        this.registry = registry;
    }

    /** The owner is known without asking; anyone else is asked about; UNKNOWN while vendor-service is down. */
    public Answer of(VendorProvider provider, UUID accountId) {
        if (provider.ownerAccountId().equals(accountId)) {
            return Answer.MEMBER;
        }
        try {
            int status = vendor.member(provider.id(), accountId).code();
            return status == 204 || status == 200 ? Answer.MEMBER : Answer.NOT_MEMBER;
        } catch (HttpClientResponseException e) {
            return e.code() == 404 ? Answer.NOT_MEMBER : Answer.UNKNOWN;
        } catch (HttpClientException e) {
            return Answer.UNKNOWN;
        }
    }

    /**
     * From linkage facts already fetched: their team is the owner and the current members (contract
     * 4), the same accounts the membership check answers for. Without them, vendor-service is asked.
     */
    public Answer of(VendorProvider provider, UUID accountId, Optional<ProviderLinkage> linkage) {
        if (linkage.isEmpty()) {
            return of(provider, accountId);
        }
        boolean member = provider.ownerAccountId().equals(accountId)
                || linkage.get().team().contains(accountId);
        return member ? Answer.MEMBER : Answer.NOT_MEMBER;
    }

    /**
     * For provider-side actions: the caller must be on the provider's team.
     *
     * @throws org.zalando.problem.ThrowableProblem 403 when not, 404 for an unknown provider, 503 when it cannot be checked
     */
    public VendorProvider requireMember(UUID providerId, UUID accountId) {
        VendorProvider provider = registry.require(providerId);
        Answer answer = of(provider, accountId);
        if (answer == Answer.UNKNOWN) {
            throw new VendorUnavailableException(new IllegalStateException("membership could not be checked"));
        }
        if (answer == Answer.NOT_MEMBER) {
            throw ApiProblems.forbidden("Only the provider's own team may do this");
        }
        return provider;
    }
}
