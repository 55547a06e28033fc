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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** "Does this provider match that search": {@code provider} keeps one provider, and answers exactly. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneProviderSearchApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    UUID helpdesk;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void publishTwoProviders() {
        helpdesk = Providers.published(providers, Providers.freelance("Support Rhône", "Lyon", Specialty.HELPDESK))
                .id();
        Providers.published(providers, Providers.freelance("Réseaux Rhône", "Lyon", Specialty.NETWORKS));
    }

    @Test
    void findsTheProviderWhenItMatchesTheSearch() {
        SearchResponse found = get("specialty=HELPDESK&provider=" + helpdesk);

        assertThat(found.total()).isEqualTo(1);
        assertThat(found.items()).extracting(SearchResponse.Item::name).containsExactly("Support Rhône");
    }

    @Test
    void findsNothingWhenOnlyAnotherProviderMatches() {
        assertThat(get("specialty=NETWORKS&provider=" + helpdesk).total()).isZero();
    }

    @Test
    void toleratesNoMisspellingForOneProvider() {
        assertThat(get("q=Reseaux&provider=" + helpdesk).total()).isZero();
        assertThat(get("q=Suport&provider=" + helpdesk).total()).isZero();
    }

    private SearchResponse get(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/providers?" + query), SearchResponse.class);
    }
}
