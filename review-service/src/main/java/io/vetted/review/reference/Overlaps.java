package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * One reference per client and engagement: refuses a second one from the same account or company
 * on the same provider for an overlapping period, with a message saying what to do instead. The
 * exclusion constraints catch what slips between this check and the insert.
 */
@Singleton
class Overlaps {

    private final JdbcOperations jdbc;

    Overlaps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void refuse(UUID providerId, UUID author, Company company, Engagement engagement, @Nullable UUID except) {
        Boolean sameAuthor = jdbc.prepareStatement("""
                SELECT author_account_id = ? FROM reference
                 WHERE provider_id = ? AND status <> 'WITHDRAWN' AND (author_account_id = ? OR company_key = ?)
                   AND engagement_period && daterange(?, ?, '[]') AND id IS DISTINCT FROM ?
                 ORDER BY 1 DESC LIMIT 1""", statement -> {
            statement.setObject(1, author);
            statement.setObject(2, providerId);
            statement.setObject(3, author);
            statement.setString(4, company.key());
            statement.setDate(5, Date.valueOf(engagement.start()));
            statement.setDate(6, engagement.end() == null ? null : Date.valueOf(engagement.end()));
            statement.setObject(7, except);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getBoolean(1) : null;
            }
        });
        if (Boolean.TRUE.equals(sameAuthor)) {
            throw ApiProblems.conflict("You already reviewed this provider for an overlapping engagement; "
                    + "edit that reference instead of writing a second one.");
        }
        if (Boolean.FALSE.equals(sameAuthor)) {
            throw ApiProblems.conflict("Another account from your company already reviewed this provider for an "
                    + "overlapping engagement: one reference per client company and engagement.");
        }
    }
}
