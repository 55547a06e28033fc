package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One page of a provider's references as filtered by the reader, with what the viewer may do on
 * each: the author edits or withdraws, whoever acts for the provider confirms, replies or disputes.
 */
public record ReferenceList(
        UUID providerId,
        boolean actsForProvider,
        ReferenceFilter filter,
        ReviewClient.References references,
        Set<UUID> mine) {

    public static final List<String> SORTS = List.of("RECENT", "HIGHEST", "LOWEST");

    public boolean mine(UUID referenceId) {
        return mine.contains(referenceId);
    }

    public String url(int page) {
        return "/providers/" + providerId + "/references?sort=" + filter.sort()
                + (filter.verified() ? "&verified=true" : "")
                + (filter.current() ? "&current=true" : "")
                + (filter.criterion() == null
                        ? ""
                        : "&criterion=" + URLEncoder.encode(filter.criterion(), StandardCharsets.UTF_8))
                + "&page=" + page;
    }

    @Nullable
    public String previousUrl() {
        return references.page() > 0 ? url(references.page() - 1) : null;
    }

    @Nullable
    public String nextUrl() {
        return (long) (references.page() + 1) * references.size() < references.total()
                ? url(references.page() + 1)
                : null;
    }

    /** Where an action on reference {@code id} returns the reader. */
    public String anchor(UUID id) {
        return "/providers/" + providerId + "#reference-" + id;
    }
}
