package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Totals are exact up to the count limit (3 here, 1,000 in production) and a lower bound beyond,
 * and relevance ranks the first candidates found (4 here, 200 in production), so that a broad
 * search costs no more than a narrow one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCountLimitApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("vetted.search.count-limit", "3");
        properties.put("vetted.search.rank-candidates", "4");
        return properties;
    }

    @BeforeAll
    void publishProviders() {
        for (String name : List.of("Atelier Un", "Atelier Deux", "Atelier Trois", "Atelier Quatre", "Atelier Cinq")) {
            Providers.published(providers, Providers.freelance(name, "Villeurbanne", Specialty.HELPDESK));
        }
        // published last, so found after the others
        Providers.published(
                providers, Providers.freelance("Villeurbanne Assistance", "Villeurbanne", Specialty.HELPDESK));
        Providers.published(providers, Providers.freelance("Réseaux Un", "Brest", Specialty.NETWORKS));
        Providers.published(providers, Providers.freelance("Réseaux Deux", "Brest", Specialty.NETWORKS));
        Providers.published(providers, Providers.freelance("Brest Nuage", "Brest", Specialty.CLOUD_SAAS));
        for (String name : List.of("Garde Un", "Garde Deux", "Garde Trois")) {
            Providers.published(providers, Providers.freelance(name, "Nancy", Specialty.CYBERSECURITY));
        }
    }

    @Test
    void saysThereAreMoreThanTheLimitInsteadOfCountingThemAll() {
        SearchResponse found = get("specialty=HELPDESK");

        assertThat(found.total()).isEqualTo(3);
        assertThat(found.totalIsLowerBound()).isTrue();
    }

    @Test
    void countsFacetsAmongTheFirstMatchesOnlyWhenTheTotalIsALowerBound() {
        Map<String, Long> specialties = get("specialty=HELPDESK").facets().get("specialty");

        // the limit and one more were read, of the six
        assertThat(specialties).containsEntry("HELPDESK", 4L);
    }

    @Test
    void keepsASmallResultSetExactFacetsIncluded() {
        SearchResponse found = get("specialty=NETWORKS");

        assertThat(found.total()).isEqualTo(2);
        assertThat(found.totalIsLowerBound()).isFalse();
        assertThat(found.facets().get("specialty")).containsEntry("NETWORKS", 2L);
        assertThat(found.facets().get("kind")).containsEntry("FREELANCE", 2L);
    }

    @Test
    void countsExactlyUpToTheLimitItself() {
        SearchResponse found = get("specialty=CYBERSECURITY");

        assertThat(found.total()).isEqualTo(3);
        assertThat(found.totalIsLowerBound()).isFalse();
    }

    @Test
    void ranksEveryMatchWhenNoMoreMatchThanTheCandidates() {
        SearchResponse found = get("q=brest&literal=true");

        assertThat(found.totalIsLowerBound()).isFalse();
        assertThat(found.items())
                .as(found.toString())
                .first()
                .extracting(SearchResponse.Item::name)
                .isEqualTo("Brest Nuage");
    }

    @Test
    void ranksTheFirstCandidatesFoundWhenMoreMatch() {
        SearchResponse found = get("q=villeurbanne&literal=true&size=2");

        assertThat(found.totalIsLowerBound()).isTrue();
        // the name matches best, but it was found after the four candidates
        assertThat(found.items())
                .extracting(SearchResponse.Item::name)
                .hasSize(2)
                .isSubsetOf("Atelier Un", "Atelier Deux", "Atelier Trois", "Atelier Quatre");
    }

    @Test
    void pagesThroughEveryMatchByCursorWhateverTheTotalSays() {
        List<String> names = new ArrayList<>();
        String query = "specialty=HELPDESK&sort=RATING&size=4";
        SearchResponse page = get(query);
        names.addAll(page.items().stream().map(SearchResponse.Item::name).toList());
        while (page.nextCursor() != null) {
            page = get(query + "&after=" + page.nextCursor());
            names.addAll(page.items().stream().map(SearchResponse.Item::name).toList());
        }

        assertThat(names).hasSize(6).doesNotHaveDuplicates();
    }

    private SearchResponse get(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/providers?" + query), SearchResponse.class);
    }
}
