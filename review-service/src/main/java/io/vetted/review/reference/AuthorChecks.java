package io.vetted.review.reference;

import io.vetted.review.trust.Domains;
import io.vetted.review.trust.TrustCheck;
import io.vetted.review.vendor.Membership;
import io.vetted.review.vendor.ProviderLinkage;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Conflicts of interest: nobody on the provider's team, and nobody whose mail domain is the
 * provider's website domain, may review it. Domains compare as registrable domains, and a free-mail
 * domain never matches: a provider hosted under its mail provider's domain cannot block every
 * client of that mail provider.
 */
@Singleton
class AuthorChecks {

    private final Membership membership;
    private final TrustCheck trust;

    AuthorChecks(Membership membership, TrustCheck trust) {
        this.membership = membership;
        this.trust = trust;
    }

    /** @return whether team membership could not be checked (vendor-service down), for moderators to look at */
    boolean refuseConflicts(
            VendorProvider provider, UUID author, String emailDomain, Optional<ProviderLinkage> linkage) {
        Membership.Answer answer = membership.of(provider, author, linkage);
        if (answer == Membership.Answer.MEMBER) {
            throw ApiProblems.unprocessable(
                    "providerId", "You belong to this provider's team: a provider cannot review itself.");
        }
        String website = Domains.ofWebsite(provider.website());
        if (website != null && !trust.isFreeMail(emailDomain) && website.equals(Domains.registrable(emailDomain))) {
            throw ApiProblems.unprocessable(
                    "author",
                    "Your email address is at " + emailDomain
                            + ", this provider's own domain: references must come from its clients.");
        }
        return answer == Membership.Answer.UNKNOWN;
    }
}
