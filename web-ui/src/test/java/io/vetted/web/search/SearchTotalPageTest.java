package io.vetted.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTotalPageTest implements ServicesTest {

    private static final String CATALOG =
            "{\"specialties\":[\"HELPDESK\"],\"sectors\":[],\"certifications\":[],\"practices\":[],\"regions\":[]}";

    private final FakeServices services = new FakeServices().answer("/api/catalog", CATALOG);

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Test
    void saysMoreThanTheLimitWhenVendorServiceStoppedCounting() {
        services.answer("/api/providers", results(1000, true, 312));

        assertThat(page("en")).contains("More than 1,000 providers").contains("312+");
        assertThat(page("fr")).containsPattern("Plus de 1.000 prestataires");
    }

    @Test
    void showsAnExactTotalAsItIs() {
        services.answer("/api/providers", results(42, false, 7));

        assertThat(page("en"))
                .contains("42 providers")
                .doesNotContain("More than")
                .doesNotContain("7+");
    }

    private String page(String language) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/search?q=support").header("Accept-Language", language), String.class);
    }

    private static String results(long total, boolean lowerBound, long helpdesk) {
        return "{\"items\":[],\"total\":" + total + ",\"totalIsLowerBound\":" + lowerBound
                + ",\"page\":0,\"size\":20,\"sort\":\"RELEVANCE\",\"facets\":{\"specialty\":{\"HELPDESK\":"
                + helpdesk + "}}}";
    }
}
