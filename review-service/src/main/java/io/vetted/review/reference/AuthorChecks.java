package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.vendor.Membership;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * Conflicts of interest: nobody on the provider's team, and nobody whose email domain is the
 * provider's website domain, may review it.
 */
@Singleton
class AuthorChecks {

    private final Membership membership;

    AuthorChecks(Membership membership) {
        this.membership = membership;
    }

    /** @return whether team membership could not be checked (vendor-service down), for moderators to look at */
    boolean refuseConflicts(VendorProvider provider, UUID author, String emailDomain) {
        Membership.Answer answer = membership.of(provider, author);
        if (answer == Membership.Answer.MEMBER) {
            throw ApiProblems.unprocessable(
                    "providerId", "You belong to this provider's team: a provider cannot review itself.");
        }
        String website = websiteDomain(provider.website());
        if (website != null && sameOrganisation(emailDomain, website)) {
            throw ApiProblems.unprocessable(
                    "author",
                    "Your email address is at " + emailDomain
                            + ", this provider's own domain: references must come from its clients.");
        }
        return answer == Membership.Answer.UNKNOWN;
    }

    static String emailDomain(@Nullable String email) {
        return email == null || email.indexOf('@') < 0
                ? ""
                : email.substring(email.lastIndexOf('@') + 1)
                        .toLowerCase(Locale.ROOT)
                        .strip();
    }

    @Nullable
    static String websiteDomain(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(website.contains("://") ? website.strip() : "https://" + website.strip())
                    .getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean sameOrganisation(String emailDomain, String websiteDomain) {
        return !emailDomain.isEmpty()
                && (emailDomain.equals(websiteDomain)
                        || emailDomain.endsWith("." + websiteDomain)
                        || websiteDomain.endsWith("." + emailDomain));
    }
}
