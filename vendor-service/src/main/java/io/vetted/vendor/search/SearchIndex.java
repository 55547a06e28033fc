package io.vetted.vendor.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Keeps a provider's search row in step with its profile. Callers invoke it inside the transaction
 * that changed the profile, so search never shows a state the profile tables never had. Two
 * transactions refreshing one provider take turns (a lock on the provider's id until commit): the
 * function deletes and re-inserts the row, and the second one would otherwise miss the first one's
 * new row and fail on its key.
 */
@Singleton
public class SearchIndex {

    private final JdbcOperations jdbc;

    SearchIndex(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refresh(UUID providerId) {
        lockAndRun(providerId, "SELECT refresh_provider_search(?)");
    }

    /** Only the rating columns, after a reputation change: the text and facets stay as they are. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refreshRating(UUID providerId) {
        lockAndRun(providerId, "SELECT refresh_provider_search_rating(?)");
    }

    private void lockAndRun(UUID providerId, String refresh) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?::text, 0))", statement -> {
            statement.setObject(1, providerId);
            statement.execute();
            return null;
        });
        jdbc.prepareStatement(refresh, statement -> {
            statement.setObject(1, providerId);
            statement.execute();
            return null;
        });
    }
}
