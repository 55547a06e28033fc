package io.vetted.web.reference;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.backend.ReviewClient;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/** Reads a provider's references and reputation from review-service for its page. */
@Singleton
public class ReferenceSections {

    private final ReviewClient reviews;

    ReferenceSections(ReviewClient reviews) {
        this.reviews = reviews;
    }

    public ReferenceSection section(UUID providerId, ReferenceForm form, Map<String, String> errors, String notice) {
        ReviewClient.Reputation reputation;
        try {
            reputation = reviews.reputation(providerId);
        } catch (HttpClientResponseException e) {
            reputation = null; // the page still shows the profile; the score says "no reference yet"
        }
        return new ReferenceSection(providerId, reputation == null ? ReviewClient.Reputation.NONE : reputation,
                reviews.references(providerId, 0, 50), form, errors, notice);
    }

    public ReferenceSection empty(UUID providerId, String notice) {
        return section(providerId, ReferenceForm.EMPTY, Map.of(), notice);
    }
}
