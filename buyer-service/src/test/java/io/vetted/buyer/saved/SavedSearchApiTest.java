package io.vetted.buyer.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Saved searches keep the exact query string, belong to one account, and remember the last visit. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchApiTest implements BuyerTest {

    private static final String QUERY = "q=sauvegarde+cloud&department=84&specialty=BACKUP_RECOVERY&afterHours=ON_CALL";

    @Inject
    SavedSearchClient searches;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aSavedSearchKeepsItsQueryStringExactly() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            searches.save(new SavedSearchPayloads.NewSavedSearch("Sauvegarde Vaucluse", QUERY, null));

            assertThat(searches.savedSearches()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("Sauvegarde Vaucluse");
                assertThat(s.query()).isEqualTo(QUERY);
                assertThat(s.lastVisitedAt()).isNotNull();
            });
        }
    }

    @Test
    void aVisitMovesTheLastVisitForward() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var saved = searches.save(new SavedSearchPayloads.NewSavedSearch("Réseau", "specialty=NETWORKS", null))
                    .body();

            var visited = searches.visit(saved.id());

            assertThat(visited.lastVisitedAt()).isAfter(saved.lastVisitedAt());
        }
    }

    @Test
    void aDeletedSearchIsGone() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var saved = searches.save(new SavedSearchPayloads.NewSavedSearch("Réseau", "specialty=NETWORKS", null))
                    .body();

            searches.delete(saved.id());

            assertThat(searches.savedSearches()).isEmpty();
        }
    }

    @Test
    void rejectsAQueryLongerThan2000CharactersNamingTheField() {
        assertThatThrownBy(() -> post(Map.of("name", "Trop long", "query", "q=" + "a".repeat(1999))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "query"));
    }

    @Test
    void rejectsAMissingNameNamingTheField() {
        assertThatThrownBy(() -> post(Map.of("query", QUERY)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "name"));
    }

    @Test
    void refusesASearchPastTheAccountLimitWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            for (int i = 0; i < 3; i++) {
                searches.save(new SavedSearchPayloads.NewSavedSearch("Recherche " + i, QUERY, null));
            }

            assertThatThrownBy(() -> searches.save(new SavedSearchPayloads.NewSavedSearch("Une de trop", QUERY, null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void anotherBuyerNeitherSeesVisitsNorDeletesTheSearch() {
        var owner = TestIssuer.shared().account("SME");
        var other = TestIssuer.shared().account("SME");
        SavedSearchPayloads.SavedSearchView saved;
        try (var ignored = BearerToken.as(owner)) {
            saved = searches.save(new SavedSearchPayloads.NewSavedSearch("Privée", QUERY, null))
                    .body();
        }
        try (var ignored = BearerToken.as(other)) {
            assertThat(searches.savedSearches()).isEmpty();
        }
        String path = "/api/buyer/saved-searches/" + saved.id();

        assertThatThrownBy(() ->
                        http.toBlocking().exchange(HttpRequest.DELETE(path).bearerAuth(other.token())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(path + "/visits", Map.of()).bearerAuth(other.token())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        try (var ignored = BearerToken.as(owner)) {
            assertThat(searches.savedSearches())
                    .singleElement()
                    .satisfies(s -> assertThat(s.lastVisitedAt()).isEqualTo(saved.lastVisitedAt()));
        }
    }

    @Test
    void refusesAProviderWith403() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> searches.savedSearches())
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    private void post(Map<String, Object> body) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/buyer/saved-searches", body)
                        .bearerAuth(TestIssuer.shared().account("SME").token()));
    }
}
