package io.vetted.buyer.saved;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The saved-search routes' wire records. */
public final class SavedSearchPayloads {

    private SavedSearchPayloads() {}

    /**
     * {@code query} is the search's query string as the search page ran it ({@code q=...&region=84}),
     * kept verbatim so that re-running it gives the very same filters and text. {@code vendorQuery}
     * is the same search as vendor-service's search API reads it ({@code specialty=HELPDESK&pricing=HOURLY}),
     * which web-ui computes: with it, the buyer is alerted of newly published providers it finds.
     */
    @Serdeable
    public record NewSavedSearch(
            @NotBlank @Size(max = 120) String name,
            @NotNull @Size(max = 2000) String query,
            @Nullable @Size(max = 2000) String vendorQuery) {}

    /**
     * The count of new matches since {@code lastVisitedAt} is not given here: web-ui counts them
     * (its saved-search page) with vendor-service's search and {@code publishedAfter=lastVisitedAt},
     * as it already reads the query string the way the search page runs it. {@code alerts}: whether
     * newly published providers it finds are told (false for a search saved without its vendor query).
     */
    @Serdeable
    public record SavedSearchView(
            UUID id, String name, String query, Instant lastVisitedAt, Instant createdAt, boolean alerts) {}
}
