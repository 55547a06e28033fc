package io.vetted.review.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceApiTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Test
    void publishesAReferenceWithCriteriaEngagementAndFactsAndListsIt() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var response = references.create(
                    provider,
                    null,
                    SampleReferences.request(
                            "Boulangerie Martin",
                            4,
                            Map.of("OBJECTIVES", 4, "DATA_SECURITY", 4),
                            "Réactifs et clairs sur les tarifs.",
                            null));

            assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
            assertThat(response.body().labels()).containsExactly(Label.NOT_VERIFIED);
        }
        var listed = references.list(provider, 0, 20, null, null, null, null);
        assertThat(listed.total()).isEqualTo(1);
        assertThat(listed.items()).singleElement().satisfies(r -> {
            assertThat(r.comment()).isEqualTo("Réactifs et clairs sur les tarifs.");
            assertThat(r.criteria()).containsEntry(Criterion.OBJECTIVES, 4).containsEntry(Criterion.DATA_SECURITY, 4);
            assertThat(r.engagement().ongoing()).isTrue();
            assertThat(r.engagement().services()).containsExactly(Specialty.HELPDESK, Specialty.NETWORKS);
            assertThat(r.facts().afterHoursIncident()).isEqualTo(AfterHoursIncident.YES);
            assertThat(r.companyName()).isEqualTo("Boulangerie Martin");
            assertThat(r.companySiren()).isNull();
        });
    }

    @Test
    void answers401WithoutAToken() {
        assertThatThrownBy(() -> references.create(
                        vendor.knownProvider(), null, SampleReferences.request(5, "Anonyme mais ravi.")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
    }

    @Test
    void answers403ToAProviderAccount() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() ->
                            references.create(provider, null, SampleReferences.request(5, "Je me note moi-même.")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void rejectsARatingAboveFiveWith400NamingTheField() {
        Map<String, Object> body = SampleReferences.json();
        body.put("rating", 6);
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "rating"));
    }

    @Test
    void rejectsAnUnknownCriterionWith400NamingIt() {
        Map<String, Object> body = SampleReferences.json();
        body.put("criteria", Map.of("COFFEE", 5));
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "criteria.COFFEE"));
    }

    @Test
    void rejectsACriterionRatedOutOfRangeWith400() {
        Map<String, Object> body = SampleReferences.json();
        body.put("criteria", Map.of("BILLING", 0));
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "criteria.BILLING"));
    }

    @Test
    void rejectsAnEngagementStartingInTheFutureWith400() {
        Map<String, Object> body = SampleReferences.json();
        engagement(body).put("start", SampleReferences.today().plusDays(3).toString());
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "engagement.start"));
    }

    @Test
    void rejectsAnEngagementEndingBeforeItStartsWith422() {
        Map<String, Object> body = SampleReferences.json();
        LocalDate start = LocalDate.parse((String) engagement(body).get("start"));
        engagement(body).put("end", start.minusDays(1).toString());
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "engagement.end"));
    }

    @Test
    void rejectsAnOversizedCommentWith400NamingTheField() {
        Map<String, Object> body = SampleReferences.json();
        body.put("comment", "x".repeat(4001));
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "comment"));
    }

    @Test
    void rejectsASirenFailingTheLuhnCheckWith400() {
        Map<String, Object> body = SampleReferences.json();
        body.put("company", Map.of("name", "Durand SARL", "siren", "732829321"));
        assertThatThrownBy(() -> post(vendor.knownProvider(), body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "company.siren"));
    }

    @Test
    void acceptsASirenPastedWithNoBreakSpacesAndKeepsItsDigits() {
        String author = TestIssuer.shared().account("SME").token();
        Map<String, Object> body = SampleReferences.json();
        body.put("company", Map.of("name", "Durand SARL", "siren", "732\u202f829\u00a0320"));

        http.toBlocking()
                .exchange(HttpRequest.POST("/api/providers/" + vendor.knownProvider() + "/references", body)
                        .bearerAuth(author));

        assertThat(http.toBlocking()
                        .retrieve(HttpRequest.GET("/api/references/mine").bearerAuth(author)))
                .contains("\"companySiren\":\"732829320\"");
    }

    @Test
    void rejectsAnUnknownServiceWith400() {
        Map<String, Object> body = SampleReferences.json();
        engagement(body).put("services", List.of("ESPRESSO"));
        assertThatThrownBy(() -> post(vendor.knownProvider(), body)).satisfies(e -> {
            Map<String, Object> problem = Problems.assertProblem(e, HttpStatus.BAD_REQUEST);
            assertThat(problem.toString()).contains("engagement.services");
        });
    }

    @Test
    void answers404ForAProviderVendorServiceDoesNotKnowAndWritesNothing() throws SQLException {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> post(unknown, SampleReferences.json()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        assertThat(rowsFor(unknown)).isZero();
    }

    @Test
    void answers503WhenVendorServiceIsDownForAProviderItNeverConfirmedAndWritesNothing() throws SQLException {
        UUID provider = vendor.knownProvider();
        vendor.stop();
        try {
            assertThatThrownBy(() -> post(provider, SampleReferences.json()))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        Problems.assertProblem(e, HttpStatus.SERVICE_UNAVAILABLE);
                        assertThat(e.getResponse().header("Retry-After")).isNotBlank();
                    });
        } finally {
            vendor.restart();
        }
        assertThat(rowsFor(provider)).isZero();
    }

    @Test
    void acceptsAReferenceWhileVendorServiceIsDownForAProviderItConfirmedBefore() {
        UUID provider = vendor.knownProvider();
        post(provider, SampleReferences.json());
        vendor.stop();
        try {
            Map<String, Object> body = SampleReferences.json();
            body.put("company", Map.of("name", "Atelier Leroy"));
            var created = http.toBlocking()
                    .exchange(
                            HttpRequest.POST("/api/providers/" + provider + "/references", body)
                                    .bearerAuth(
                                            TestIssuer.shared().account("SME").token()),
                            Map.class);
            assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        } finally {
            vendor.restart();
        }
        assertThat(references.list(provider, 0, 20, null, null, null, null).total())
                .isEqualTo(2);
    }

    private void post(UUID provider, Map<String, ?> body) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/providers/" + provider + "/references", body)
                        .bearerAuth(TestIssuer.shared().account("SME").token()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> engagement(Map<String, Object> body) {
        return (Map<String, Object>) body.get("engagement");
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
