package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reputation change updates only the rating columns of the search row: the row must then be
 * exactly what a full rebuild from the profile tables would write, whatever the snapshot holds.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRatingRefreshTest implements PostgresTest {

    private static final String ROW = "SELECT s::text FROM provider_search s WHERE provider_id = ?";

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void aSnapshotWithItsBayesianRatingLeavesTheRowAFullRebuildWouldWrite() throws SQLException {
        UUID provider = published("Note Complète");
        push(provider, 1, 12, new BigDecimal("4.25"), new BigDecimal("3.95"));

        assertThat(row(provider)).contains("4.25", "3.95").isEqualTo(rebuilt(provider));
    }

    @Test
    void aSnapshotWithoutBayesianRatingGetsTheSamePriorAsAFullRebuild() throws SQLException {
        UUID provider = published("Note Sans Prior");
        push(provider, 1, 3, new BigDecimal("5.00"), null);
        push(provider, 2, 4, new BigDecimal("2.50"), null);

        assertThat(row(provider)).contains("2.50").isEqualTo(rebuilt(provider));
    }

    @Test
    void theNewRatingIsWhatSearchSortsBy() {
        UUID low = published("Rennes Tri Bas");
        UUID high = published("Rennes Tri Haut");
        push(low, 1, 10, new BigDecimal("4.90"), new BigDecimal("4.80"));
        push(high, 1, 10, new BigDecimal("3.00"), new BigDecimal("3.10"));
        push(low, 2, 11, new BigDecimal("2.00"), new BigDecimal("2.10"));
        push(high, 2, 11, new BigDecimal("5.00"), new BigDecimal("4.90"));

        assertThat(names("q=Rennes%20Tri&sort=RATING")).containsExactly("Rennes Tri Haut", "Rennes Tri Bas");
    }

    private UUID published(String name) {
        return Providers.published(providers, Providers.agency(name, "Rennes", Specialty.NETWORKS))
                .id();
    }

    private void push(UUID provider, int version, int count, BigDecimal average, BigDecimal bayesian) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceVersion", version);
        body.put("referenceCount", count);
        body.put("averageRating", average);
        body.put("bayesianRating", bayesian);
        body.put("independentReferenceCount", 1);
        http.toBlocking()
                .exchange(HttpRequest.PUT("/api/internal/providers/" + provider + "/reputation", body)
                        .bearerAuth(TestIssuer.shared().token("service:review-service", "SERVICE")));
    }

    private String row(UUID provider) throws SQLException {
        return query(ROW, provider);
    }

    private String rebuilt(UUID provider) throws SQLException {
        query("SELECT refresh_provider_search(?)::text", provider);
        return row(provider);
    }

    private String query(String sql, UUID provider) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, provider);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String query) {
        Map<String, Object> page = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/providers?" + query), Argument.mapOf(String.class, Object.class));
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("name")).toList();
    }
}
