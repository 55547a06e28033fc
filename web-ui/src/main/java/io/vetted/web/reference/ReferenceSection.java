package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;

import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;

/**
 * What clients say about a provider, for its page: the current reputation (from review-service,
 * which owns it, so a reference just posted counts at once), the references, and the form.
 */
public record ReferenceSection(UUID providerId, ReviewClient.Reputation reputation, ReviewClient.References references,
                               ReferenceForm form, Map<String, String> errors, @Nullable String notice) {

    public int roundedRating() {
        return reputation.averageRating() == null ? 0
                : reputation.averageRating().setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
