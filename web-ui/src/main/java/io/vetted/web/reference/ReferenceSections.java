package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.backend.ParallelCalls;
import io.vetted.web.backend.ReviewClient;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a provider's references and reputation from review-service for its page. The calls a section
 * needs do not depend on each other, so they are made at the same time ({@link ParallelCalls}); where
 * more than one fails, the page fails as it would have with the calls made in this order.
 */
@Singleton
public class ReferenceSections {

    static final int PAGE_SIZE = 10;

    private final ReviewClient reviews;
    private final ActingProvider acting;
    private final ParallelCalls calls;

    ReferenceSections(ReviewClient reviews, ActingProvider acting, ParallelCalls calls) {
        this.reviews = reviews;
        this.acting = acting;
        this.calls = calls;
    }

    public ReferenceSection empty(UUID providerId, String notice) {
        try (ParallelCalls.Fork fork = calls.fork()) {
            ParallelCalls.Call<ReferenceList> list = fork.start(() -> list(providerId, ReferenceFilter.DEFAULT));
            ReviewClient.Reputation reputation = reputation(providerId);
            return new ReferenceSection(providerId, reputation, list.join(), notice);
        }
    }

    /** The references the current visitor sees, with the ones they wrote marked. */
    public ReferenceList list(UUID providerId, ReferenceFilter filter) {
        Set<String> roles = roles();
        try (ParallelCalls.Fork fork = calls.fork()) {
            // only a signed-in provider or SME needs a call of its own; nobody else waits for a thread
            ParallelCalls.Call<Boolean> acts =
                    roles.contains("PROVIDER") ? fork.start(() -> acting.actsFor(providerId)) : null;
            ParallelCalls.Call<Set<UUID>> mine = roles.contains("SME") ? fork.start(this::mine) : null;
            var page = reviews.references(
                    providerId,
                    filter.page(),
                    PAGE_SIZE,
                    filter.sort(),
                    filter.verified() ? Boolean.TRUE : null,
                    filter.current() ? Boolean.TRUE : null,
                    filter.criterion());
            return new ReferenceList(
                    providerId, acts != null && acts.join(), filter, page, mine == null ? Set.of() : mine.join());
        }
    }

    private ReviewClient.Reputation reputation(UUID providerId) {
        try {
            ReviewClient.Reputation reputation = reviews.reputation(providerId);
            return reputation == null ? ReviewClient.Reputation.NONE : reputation;
        } catch (HttpClientResponseException e) {
            return ReviewClient.Reputation.NONE; // the page still shows the profile; the score says "no reference yet"
        }
    }

    private Set<UUID> mine() {
        try {
            return reviews.mine().stream().map(ReviewClient.Reference::id).collect(Collectors.toSet());
        } catch (HttpClientResponseException e) {
            return Set.of(); // the page still reads; only the author's own buttons are missing
        }
    }

    private static Set<String> roles() {
        return ServerRequestContext.currentRequest()
                .flatMap((HttpRequest<?> request) -> request.getUserPrincipal(Authentication.class))
                .map(a -> Set.copyOf(a.getRoles()))
                .orElse(Set.of());
    }
}
