package io.vetted.vendor.search;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void createProviders() {
        create(Providers.agency("Infogérance Rhône", "Lyon", Specialty.SERVERS_INFRASTRUCTURE));
        create(Providers.freelance("Réseaux Bretons", "Rennes", Specialty.NETWORKS));
        create(Providers.freelance("Cyber Garde", "Toulouse", Specialty.CYBERSECURITY));
    }

    @Test
    void findsAProviderWhateverTheAccentsTyped() {
        assertThat(names(search.search("infogerance", 0, 20))).containsExactly("Infogérance Rhône");
        assertThat(names(search.search("RÉSEAUX", 0, 20))).containsExactly("Réseaux Bretons");
    }

    @Test
    void matchesWordPrefixesAsTheBuyerTypes() {
        assertThat(names(search.search("toulou", 0, 20))).containsExactly("Cyber Garde");
    }

    @Test
    void findsAProviderByTheEnglishNameOfItsSpecialty() {
        assertThat(names(search.search("cybersecurity", 0, 20))).containsExactly("Cyber Garde");
    }

    @Test
    void listsEveryProviderWhenNothingIsTyped() {
        SearchResponse all = search.search(null, 0, 2);

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).hasSize(2);
    }

    @Test
    void treatsQueryOperatorsAsPlainText() {
        assertThat(search.search("lyon & | ! :* (", 0, 20).items()).extracting(SearchResponse.Item::city)
                .containsExactly("Lyon");
    }

    @Test
    void rejectsAnOversizedPageWith400NamingTheParameter() {
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers?size=5000"))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "size"));
    }

    private void create(io.vetted.vendor.provider.CreateProviderRequest request) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            providers.create(request);
        }
    }

    private static java.util.List<String> names(SearchResponse response) {
        return response.items().stream().map(SearchResponse.Item::name).toList();
    }
}
