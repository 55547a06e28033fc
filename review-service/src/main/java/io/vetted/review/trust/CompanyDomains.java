package io.vetted.review.trust;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.UUID;

/** Mail domains a moderator confirmed as a company's own, once, where the names do not show it. */
@Singleton
public class CompanyDomains {

    private final JdbcOperations jdbc;

    CompanyDomains(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    boolean confirmed(String siren, String domain) {
        return jdbc.prepareStatement("SELECT 1 FROM company_domain WHERE siren = ? AND domain = ?", statement -> {
            statement.setString(1, siren);
            statement.setString(2, domain);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(String siren, String domain, UUID moderator) {
        jdbc.prepareStatement("""
                INSERT INTO company_domain (siren, domain, confirmed_by, confirmed_at) VALUES (?, ?, ?, now())
                ON CONFLICT (siren, domain) DO NOTHING""", statement -> {
            statement.setString(1, siren);
            statement.setString(2, domain);
            statement.setObject(3, moderator);
            return statement.executeUpdate();
        });
    }
}
