package io.vetted.buyer.saved;

import io.vetted.buyer.limits.LimitsConfiguration;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Lookups by id and account together: another account's saved search answers 404. */
@Singleton
class SavedSearchService {

    private final SavedSearchRepository searches;
    private final LimitsConfiguration limits;

    SavedSearchService(SavedSearchRepository searches, LimitsConfiguration limits) {
        this.searches = searches;
        this.limits = limits;
    }

    @Transactional
    List<SavedSearchPayloads.SavedSearchView> all(UUID account) {
        return searches.findByAccountIdOrderByCreatedAt(account).stream()
                .map(SavedSearchService::view)
                .toList();
    }

    @Transactional
    SavedSearchPayloads.SavedSearchView save(UUID account, SavedSearchPayloads.NewSavedSearch request) {
        if (searches.countByAccountId(account) >= limits.savedSearches()) {
            throw ApiProblems.conflict("You already keep " + limits.savedSearches()
                    + " saved searches, the most an account may; delete one first.");
        }
        return view(searches.save(new SavedSearch(
                UUID.randomUUID(),
                account,
                request.name().strip(),
                request.query(),
                request.vendorQuery(),
                now(),
                null,
                null,
                null)));
    }

    @Transactional
    SavedSearchPayloads.SavedSearchView visit(UUID id, UUID account) {
        return view(searches.update(require(id, account).visited(now())));
    }

    @Transactional
    void delete(UUID id, UUID account) {
        searches.delete(require(id, account));
    }

    /** PostgreSQL keeps microseconds: what is answered is what a later read gives. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private SavedSearch require(UUID id, UUID account) {
        return searches.findByIdAndAccountId(id, account)
                .orElseThrow(() -> ApiProblems.notFound("No saved search with id " + id + " on your account"));
    }

    private static SavedSearchPayloads.SavedSearchView view(SavedSearch search) {
        return new SavedSearchPayloads.SavedSearchView(
                search.id(),
                search.name(),
                search.query(),
                search.lastVisitedAt(),
                search.createdAt(),
                search.vendorQuery() != null);
    }
}
