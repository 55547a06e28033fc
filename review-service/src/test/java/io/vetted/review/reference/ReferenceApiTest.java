package io.vetted.review.reference;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceApiTest implements PostgresTest {

    private final FakeVendorService vendor = new FakeVendorService();

    @Inject
    ReferenceClient references;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.vendor.url", vendor.url());
        return properties;
    }

    @Test
    void publishesAReferenceFromAnSmeAndListsIt() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var response = references.create(provider, new CreateReferenceRequest(4, "Réactifs et clairs sur les tarifs."));

            assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
            assertThat(response.body().rating()).isEqualTo(4);
        }
        var listed = references.list(provider, 0, 20);
        assertThat(listed.total()).isEqualTo(1);
        assertThat(listed.items()).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("Réactifs et clairs sur les tarifs."));
    }

    @Test
    void answers401WithoutAToken() {
        UUID provider = vendor.knownProvider();
        assertThatThrownBy(() -> references.create(provider, new CreateReferenceRequest(5, "Anonyme")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void answers403ToAProviderAccount() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> references.create(provider, new CreateReferenceRequest(5, "Je me note moi-même")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void rejectsARatingAboveFiveWith400NamingTheField() {
        assertThatThrownBy(() -> post(vendor.knownProvider(), Map.of("rating", 6, "comment", "Parfait")))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "rating"));
    }

    @Test
    void rejectsAnOversizedCommentWith400NamingTheField() {
        assertThatThrownBy(() -> post(vendor.knownProvider(), Map.of("rating", 3, "comment", "x".repeat(4001))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "comment"));
    }

    @Test
    void refusesASecondReferenceFromTheSameClientWith409() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(provider, new CreateReferenceRequest(4, "Première"));

            assertThatThrownBy(() -> references.create(provider, new CreateReferenceRequest(1, "Seconde")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void answers404ForAProviderVendorServiceDoesNotKnowAndWritesNothing() throws SQLException {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> post(unknown, Map.of("rating", 5, "comment", "Fantôme")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        assertThat(rowsFor(unknown)).isZero();
    }

    @Test
    void answers503WhenVendorServiceIsDownAndWritesNothing() throws SQLException {
        UUID provider = vendor.knownProvider();
        vendor.stop();
        try {
            assertThatThrownBy(() -> post(provider, Map.of("rating", 5, "comment", "Pendant la panne")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.SERVICE_UNAVAILABLE));
        } finally {
            vendor.restart();
        }
        assertThat(rowsFor(provider)).isZero();
    }

    private void post(UUID provider, Map<String, ?> body) {
        http.toBlocking().exchange(HttpRequest.POST("/api/providers/" + provider + "/references", body)
                .bearerAuth(TestIssuer.shared().account("SME").token()));
    }

    private long rowsFor(UUID provider) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var statement = connection.prepareStatement("""
                     SELECT (SELECT count(*) FROM reference WHERE provider_id = ?)
                          + (SELECT count(*) FROM outbox_event WHERE aggregate_id = ?)
                          + (SELECT count(*) FROM provider_reputation WHERE provider_id = ?)""")) {
            for (int i = 1; i <= 3; i++) {
                statement.setObject(i, provider);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
