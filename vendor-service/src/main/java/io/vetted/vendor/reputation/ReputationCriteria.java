package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's criterion averages, replaced by one statement that leaves unchanged rows alone: the
 * delete and seven inserts it replaces were eight round trips per snapshot, and each changed row
 * empties the stored profile (V27), so untouched rows also spare that work.
 */
@Singleton
class ReputationCriteria {

    private final JdbcOperations jdbc;

    ReputationCriteria(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void replace(UUID providerId, @Nullable Map<String, BigDecimal> criteria) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> ratings = new ArrayList<>();
        if (criteria != null) {
            criteria.forEach((name, rating) -> {
                if (Criterion.known(name) && rating != null) {
                    names.add(name);
                    ratings.add(rating);
                }
            });
        }
        jdbc.prepareStatement("""
                WITH wanted AS (SELECT * FROM unnest(?::text[], ?::numeric[]) AS w(criterion, rating)),
                     gone AS (DELETE FROM provider_reputation_criterion c
                               WHERE c.provider_id = ? AND c.criterion NOT IN (SELECT criterion FROM wanted))
                INSERT INTO provider_reputation_criterion (provider_id, criterion, rating)
                SELECT ?, criterion, rating FROM wanted
                    ON CONFLICT (provider_id, criterion) DO UPDATE SET rating = EXCLUDED.rating
                 WHERE provider_reputation_criterion.rating IS DISTINCT FROM EXCLUDED.rating""", statement -> {
            var connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("text", names.toArray()));
            statement.setArray(2, connection.createArrayOf("numeric", ratings.toArray()));
            statement.setObject(3, providerId);
            statement.setObject(4, providerId);
            return statement.executeUpdate();
        });
    }
}
