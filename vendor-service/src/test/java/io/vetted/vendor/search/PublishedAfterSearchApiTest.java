package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A saved search's "new since your last visit": the same filters, and published after an instant. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedAfterSearchApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    Instant lastVisit;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void publishTwoProvidersBeforeTheVisitAndTwoAfter() throws InterruptedException {
        Providers.published(providers, Providers.freelance("Ancien Support", "Lyon", Specialty.HELPDESK));
        Providers.published(providers, Providers.freelance("Ancien Réseau", "Lyon", Specialty.NETWORKS));
        Thread.sleep(5);
        lastVisit = Instant.now();
        Thread.sleep(5);
        Providers.published(providers, Providers.freelance("Nouveau Support", "Lyon", Specialty.HELPDESK));
        Providers.published(providers, Providers.freelance("Nouveau Réseau", "Lyon", Specialty.NETWORKS));
    }

    @Test
    void countsOnlyTheProvidersPublishedSinceTheInstant() {
        SearchResponse found = get("publishedAfter=" + lastVisit);

        assertThat(found.total()).isEqualTo(2);
        assertThat(found.items())
                .extracting(SearchResponse.Item::name)
                .containsExactlyInAnyOrder("Nouveau Support", "Nouveau Réseau");
    }

    @Test
    void appliesTheSearchsOtherFiltersToo() {
        assertThat(get("specialty=HELPDESK&publishedAfter=" + lastVisit).items())
                .extracting(SearchResponse.Item::name)
                .containsExactly("Nouveau Support");
        assertThat(get("specialty=HELPDESK&size=1").total()).isEqualTo(2);
    }

    @Test
    void findsNothingNewAfterTheLatestPublication() {
        assertThat(get("publishedAfter=" + Instant.now()).total()).isZero();
    }

    @Test
    void refusesAnInstantThatIsNotOneWith400() {
        assertThatThrownBy(() -> get("publishedAfter=yesterday"))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(400));
    }

    private SearchResponse get(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/providers?" + query), SearchResponse.class);
    }
}
