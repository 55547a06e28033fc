package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.backend.ReviewClient;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a provider's references and reputation from review-service for its page. */
@Singleton
public class ReferenceSections {

    static final int PAGE_SIZE = 10;

    private final ReviewClient reviews;
    private final ActingProvider acting;

    ReferenceSections(ReviewClient reviews, ActingProvider acting) {
        this.reviews = reviews;
        this.acting = acting;
    }

    public ReferenceSection empty(UUID providerId, String notice) {
        ReviewClient.Reputation reputation;
        try {
            reputation = reviews.reputation(providerId);
        } catch (HttpClientResponseException e) {
            reputation = null; // the page still shows the profile; the score says "no reference yet"
        }
        return new ReferenceSection(
                providerId,
                reputation == null ? ReviewClient.Reputation.NONE : reputation,
                list(providerId, ReferenceFilter.DEFAULT),
                notice);
    }

    /** The references the current visitor sees, with the ones they wrote marked. */
    public ReferenceList list(UUID providerId, ReferenceFilter filter) {
        var page = reviews.references(
                providerId,
                filter.page(),
                PAGE_SIZE,
                filter.sort(),
                filter.verified() ? Boolean.TRUE : null,
                filter.current() ? Boolean.TRUE : null,
                filter.criterion());
        return new ReferenceList(providerId, acting.actsFor(providerId), filter, page, mine());
    }

    private Set<UUID> mine() {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        boolean sme = request != null
                && request.getUserPrincipal(Authentication.class)
                        .map(a -> a.getRoles().contains("SME"))
                        .orElse(false);
        if (!sme) {
            return Set.of();
        }
        try {
            return reviews.mine().stream().map(ReviewClient.Reference::id).collect(Collectors.toSet());
        } catch (HttpClientResponseException e) {
            return Set.of(); // the page still reads; only the author's own buttons are missing
        }
    }
}
