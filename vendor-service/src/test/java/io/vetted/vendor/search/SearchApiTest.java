package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.CreateProviderRequest;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest implements PostgresTest {

    @Inject
    SearchClient search;

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    SearchFixtures fixtures;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void createProviders() {
        fixtures = new SearchFixtures(providers, http);
        fixtures.load();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            CreateProviderRequest draft = Providers.freelance("Brouillon Secret", "Lyon", Specialty.HELPDESK);
            providers.create(draft);
        }
    }

    @Test
    void findsAProviderWhateverTheAccentsTyped() {
        assertThat(names(q("infogerance"))).containsExactly("Infogérance Rhône");
        assertThat(names(q("RÉSEAUX"))).containsExactly("Réseaux Bretons");
    }

    @Test
    void matchesWordPrefixesAsTheBuyerTypes() {
        assertThat(names(q("toulou"))).containsExactly("Cyber Garde");
    }

    @Test
    void matchesFrenchAndEnglishWordFormsThroughStemming() {
        assertThat(names(q("réseau"))).containsExactly("Réseaux Bretons");
        assertThat(names(q("networking"))).containsExactly("Réseaux Bretons");
        assertThat(names(q("cybersecurity"))).containsExactly("Cyber Garde");
    }

    @Test
    void toleratesATypoWhenNothingMatchesExactly() {
        SearchResponse found = q("cybersecurty toulouze");

        assertThat(found.approximate()).isTrue();
        assertThat(names(found)).containsExactly("Cyber Garde");
        assertThat(q("cybersecurity").approximate()).isFalse();
    }

    @Test
    void neverShowsADraft() {
        assertThat(q("brouillon").total()).isZero();
        assertThat(search.search(SearchCriteria.text(null)).total()).isEqualTo(4);
    }

    @Test
    void treatsQueryOperatorsAsPlainText() {
        assertThat(names(q("réseau & | ! :* ("))).containsExactly("Réseaux Bretons");
    }

    @Test
    void findsTheProvidersThatServeADepartmentOnSite() {
        assertThat(names(get("department=69"))).containsExactly("Infogérance Rhône");
        assertThat(names(get("department=35"))).containsExactly("Réseaux Bretons");
        assertThat(names(get("region=53"))).containsExactly("Réseaux Bretons");
        assertThat(get("department=31").total()).isZero();
    }

    @Test
    void treatsAfterHoursAsAMinimumLevel() {
        assertThat(names(get("afterHours=ON_CALL"))).containsExactlyInAnyOrder("Infogérance Rhône", "Réseaux Bretons");
        assertThat(names(get("afterHours=TWENTY_FOUR_SEVEN"))).containsExactly("Infogérance Rhône");
    }

    @Test
    void filtersByMaximumCriticalResponseTime() {
        assertThat(names(get("maxCriticalResponse=60"))).containsExactly("Infogérance Rhône");
    }

    @Test
    void keepsOnlyProvidersThatDeclareNoSubcontracting() {
        assertThat(names(get("noSubcontracting=true"))).containsExactly("Infogérance Rhône");
    }

    @Test
    void distinguishesVerifiedCertificationsFromDeclaredOnes() {
        assertThat(names(get("certification=ISO_27001")))
                .containsExactlyInAnyOrder("Infogérance Rhône", "Réseaux Bretons");
        assertThat(names(get("certification=ISO_27001&verifiedOnly=true"))).containsExactly("Infogérance Rhône");
    }

    @Test
    void appliesAPriceCeilingToThePricingModelChosen() {
        assertThat(names(get("pricing=HOURLY&maxPrice=60"))).containsExactly("Réseaux Bretons");
        assertThat(names(get("pricing=PER_DEVICE&maxPrice=30"))).containsExactly("Sauvegarde Nord");
        assertThat(get("pricing=PER_DEVICE&maxPrice=20").total()).isZero();
    }

    @Test
    void combinesSpecialtiesLanguagesAndKind() {
        assertThat(names(get("specialty=HELPDESK&specialty=SERVERS_INFRASTRUCTURE&language=en")))
                .containsExactly("Infogérance Rhône");
        assertThat(names(get("kind=FREELANCE&language=en"))).containsExactly("Cyber Garde");
    }

    @Test
    void filtersByMinimumRatingAndVerifiedReferences() {
        assertThat(names(get("minRating=4.7"))).containsExactlyInAnyOrder("Cyber Garde", "Réseaux Bretons");
        assertThat(names(get("minVerifiedReferences=10"))).containsExactly("Cyber Garde");
    }

    @Test
    void ranksByBayesianRatingSoOneFiveStarReferenceDoesNotOutrankFiftyStrongOnes() {
        assertThat(names(get("sort=RATING")))
                .containsExactly("Cyber Garde", "Infogérance Rhône", "Réseaux Bretons", "Sauvegarde Nord");
    }

    @Test
    void sortsByPriceWithinOnePricingModelWithTheOthersLast() {
        assertThat(names(get("sort=PRICE&pricing=HOURLY")))
                .startsWith("Réseaux Bretons", "Infogérance Rhône", "Cyber Garde");
    }

    @Test
    void sortsByResponseTimeAndByVerifiedReferences() {
        assertThat(names(get("sort=RESPONSE_TIME"))).startsWith("Infogérance Rhône", "Réseaux Bretons", "Cyber Garde");
        assertThat(names(get("sort=VERIFIED_REFERENCES"))).startsWith("Cyber Garde", "Infogérance Rhône");
    }

    @Test
    void pagesForwardAndBackWithKeysetCursors() {
        SearchResponse first = get("sort=RATING&size=2");
        assertThat(first.previousCursor()).isNull();
        SearchResponse second = get("sort=RATING&size=2&after=" + first.nextCursor());
        SearchResponse back = get("sort=RATING&size=2&before=" + second.previousCursor());

        assertThat(names(first)).containsExactly("Cyber Garde", "Infogérance Rhône");
        assertThat(names(second)).containsExactly("Réseaux Bretons", "Sauvegarde Nord");
        assertThat(second.nextCursor()).isNull();
        assertThat(names(back)).isEqualTo(names(first));
        assertThat(back.previousCursor()).isNull();
    }

    @Test
    void countsFacetsAndKeepsTheAlternativesOfAChosenKind() {
        SearchResponse agencies = get("kind=AGENCY");

        assertThat(agencies.facets().get("kind")).containsEntry("AGENCY", 2L).containsEntry("FREELANCE", 2L);
        assertThat(agencies.facets().get("specialty"))
                .containsEntry("BACKUP_RECOVERY", 1L)
                .doesNotContainKey("NETWORKS");
        assertThat(agencies.facets().get("verifiedCertification")).containsEntry("ISO_27001", 1L);
    }

    @Test
    void rejectsAnUnknownDepartmentWith400NamingTheParameter() {
        assertThatThrownBy(() -> get("department=99"))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "department"));
    }

    @Test
    void rejectsAnUnknownSpecialtyWith400NamingTheParameter() {
        assertThatThrownBy(() -> get("specialty=ASTROLOGY"))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "specialty"));
    }

    @Test
    void rejectsAPriceCeilingWithoutItsPricingModel() {
        assertThatThrownBy(() -> get("maxPrice=50"))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "pricing"));
    }

    @Test
    void rejectsACursorFromAnotherSortOrder() {
        String byRating = get("sort=RATING&size=1").nextCursor();

        assertThatThrownBy(() -> get("sort=RESPONSE_TIME&after=" + byRating))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "after"));
    }

    @Test
    void rejectsAnOversizedPageWith400NamingTheParameter() {
        assertThatThrownBy(() -> get("size=5000"))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "size"));
    }

    private SearchResponse q(String text) {
        return search.search(SearchCriteria.text(text));
    }

    private SearchResponse get(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/providers?" + query), SearchResponse.class);
    }

    private static List<String> names(SearchResponse response) {
        return response.items().stream().map(SearchResponse.Item::name).toList();
    }
}
