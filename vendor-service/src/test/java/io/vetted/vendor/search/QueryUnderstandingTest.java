package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.provider.ProviderClient;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Places, synonyms and generic words read in the text, and what to drop when nothing matches. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryUnderstandingTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void createProviders() {
        new SearchFixtures(providers, http).load();
    }

    @Test
    void readsACommuneAsItsDepartmentOnSiteOrRemoteAndASynonymAsItsSpecialties() {
        SearchResponse found = q("infogérance Lyon");

        assertThat(names(found)).containsExactly("Infogérance Rhône");
        assertThat(found.understood().places()).singleElement().satisfies(p -> {
            assertThat(p.typed()).isEqualTo("Lyon");
            assertThat(p.departmentCode()).isEqualTo("69");
            assertThat(p.departmentName()).isEqualTo("Rhône");
        });
        assertThat(names(q("managed IT Lyon"))).containsExactly("Infogérance Rhône");
    }

    @Test
    void keepsProvidersWorkingRemotelyAndPutsThoseOnSiteFirst() {
        assertThat(names(q("prestataire informatique Rennes")))
                .startsWith("Réseaux Bretons")
                .containsExactlyInAnyOrder("Réseaux Bretons", "Infogérance Rhône", "Cyber Garde", "Sauvegarde Nord");
        assertThat(names(q("IT provider Toulouse")))
                .doesNotContain("Réseaux Bretons")
                .hasSize(3);
        SearchResponse onSite = get("q=Rennes&mode=ON_SITE");
        assertThat(names(onSite)).containsExactly("Réseaux Bretons");
        assertThat(onSite.understood().orRemote()).isFalse();
        assertThat(q("prestataire informatique Rennes").understood().ignored())
                .containsExactly("prestataire informatique");
    }

    @Test
    void readsDepartmentsByNumberAndNameAndRegionsWhateverTheAccentsAndHyphens() {
        assertThat(place("saint-etienne").departmentCode()).isEqualTo("42");
        assertThat(q("Marseille 13").understood().places())
                .singleElement()
                .satisfies(p -> assertThat(p.departmentCode()).isEqualTo("13"));
        assertThat(place("69").departmentName()).isEqualTo("Rhône");
        assertThat(place("ille-et-vilaine").departmentCode()).isEqualTo("35");
        assertThat(place("ILE DE FRANCE").regionCode()).isEqualTo("11");
        assertThat(place("Île-de-France").kind()).isEqualTo("REGION");
        assertThat(names(q("réseau 35"))).containsExactly("Réseaux Bretons");
        assertThat(q("support 24/7").understood().places()).isEmpty();
    }

    @Test
    void picksTheMostPopulousCommuneOfANameAndSaysHowManyOthersShareIt() {
        Understanding.PlaceRead valence = place("Valence");

        assertThat(valence.departmentCode()).isEqualTo("26");
        assertThat(valence.homonyms()).isPositive();
    }

    @Test
    void searchesTheLiteralTextWhenAsked() {
        SearchResponse literal = get("q=" + encode("infogérance Lyon") + "&literal=true");

        assertThat(literal.understood()).isNull();
        assertThat(names(literal)).containsExactly("Infogérance Rhône");
        assertThat(get("q=Rennes&literal=true").items())
                .extracting(SearchResponse.Item::name)
                .containsExactly("Réseaux Bretons");
    }

    @Test
    void saysWhichFilterOrWordToDropWhenNothingMatches() {
        SearchResponse none = get("q=cloud&department=35");

        assertThat(none.total()).isZero();
        assertThat(none.suggestions())
                .contains(new Suggestion("department", "35", null, 1), new Suggestion("q", "cloud", "", 1));
        assertThat(q("sauvegarde Bretagne").total()).isEqualTo(1);
        // on-site work alone: Bretagne then means on site there, so only Réseaux Bretons is left
        assertThat(get("q=" + encode("sauvegarde Bretagne") + "&mode=ON_SITE").suggestions())
                .contains(new Suggestion("mode", "ON_SITE", null, 1), new Suggestion("q", "sauvegarde", "Bretagne", 1));
        assertThat(q("infogérance").suggestions()).isEmpty();
    }

    @Test
    void rejectsALiteralFlagThatIsNotABooleanWith400() {
        assertThatThrownBy(() -> get("q=Lyon&literal=maybe"))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "literal"));
    }

    private Understanding.PlaceRead place(String text) {
        return q(text).understood().places().get(0);
    }

    private SearchResponse q(String text) {
        return get("q=" + encode(text));
    }

    private SearchResponse get(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/providers?" + query), SearchResponse.class);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(SearchResponse response) {
        return response.items().stream().map(SearchResponse.Item::name).toList();
    }
}
