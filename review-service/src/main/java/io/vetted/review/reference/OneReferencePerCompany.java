package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One counted reference per account, per company (SIREN, else name) and per company mail domain on
 * a provider within 12 months; a reference under review counts here too. Advisory locks on the
 * three keys make concurrent writers from one company take turns, so two cannot both pass.
 */
@Singleton
class OneReferencePerCompany {

    private final JdbcOperations jdbc;

    OneReferencePerCompany(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void refuse(UUID providerId, UUID author, Company company, @Nullable String companyDomain, @Nullable UUID except) {
        List<String> keys = new ArrayList<>(List.of("account:" + author, company.key()));
        if (companyDomain != null) {
            keys.add("domain:" + companyDomain);
        }
        keys.stream().map(key -> providerId + "/" + key).sorted().forEach(this::lock);
        Earlier earlier = jdbc.prepareStatement("""
                SELECT id, created_at, author_account_id = ? AS mine FROM reference
                 WHERE provider_id = ? AND status IN ('PUBLISHED', 'UNDER_REVIEW')
                   AND created_at > now() - interval '12 months'
                   AND (author_account_id = ? OR company_key = ? OR verification_company_domain = ?)
                   AND id IS DISTINCT FROM ?
                 ORDER BY mine DESC, created_at LIMIT 1""", statement -> {
            statement.setObject(1, author);
            statement.setObject(2, providerId);
            statement.setObject(3, author);
            statement.setString(4, company.key());
            statement.setString(5, companyDomain);
            statement.setObject(6, except);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? new Earlier(
                                row.getObject(1, UUID.class),
                                LocalDate.ofInstant(row.getTimestamp(2).toInstant(), ZoneOffset.UTC),
                                row.getBoolean(3))
                        : null;
            }
        });
        if (earlier == null) {
            return;
        }
        if (earlier.mine()) {
            throw ApiProblems.conflict("You already have a reference on this provider, published on " + earlier.on()
                    + ": edit that one (reference " + earlier.id() + ", PUT /api/references/" + earlier.id()
                    + ") rather than writing another. One reference per client and provider within 12 months.");
        }
        throw ApiProblems.conflict("Your company (same SIREN or name, or same mail domain) already has a reference on"
                + " this provider, published on " + earlier.on() + " (reference " + earlier.id() + "): one counted"
                + " reference per company and provider within 12 months. Its author can edit it instead.");
    }

    private void lock(String key) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
            statement.setString(1, key);
            statement.executeQuery().close();
            return null;
        });
    }

    private record Earlier(UUID id, LocalDate on, boolean mine) {}
}
