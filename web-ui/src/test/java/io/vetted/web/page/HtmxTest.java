package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.vetted.web.FakeServices;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmxTest implements TestPropertyProvider {

    private final FakeServices services = new FakeServices()
            .answer("/api/providers", "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}")
            .answer(
                    "/api/catalog",
                    "{\"specialties\":[],\"sectors\":[],\"certifications\":[],\"practices\":[],\"regions\":[]}");

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return services.properties();
    }

    @AfterAll
    void stopServices() {
        services.close();
    }

    @Test
    void answersHtmxWithTheFragment() {
        HttpResponse<String> response = search(HttpRequest.GET("/search?q=x").header(Htmx.REQUEST, "true"));

        assertThat(response.body()).doesNotContain("<html").contains("id=\"results\"");
    }

    @Test
    void answersAPlainVisitWithTheWholePage() {
        assertThat(search(HttpRequest.GET("/search?q=x")).body()).contains("<html");
    }

    @Test
    void answersAHistoryRestoreWithTheWholePage() {
        HttpResponse<String> response = search(
                HttpRequest.GET("/search?q=x").header(Htmx.REQUEST, "true").header(Htmx.HISTORY_RESTORE, "true"));

        assertThat(response.body()).contains("<html");
    }

    @Test
    void tellsCachesThatTheAnswerDependsOnHxRequest() {
        assertThat(search(HttpRequest.GET("/search?q=x")).getHeaders().getAll("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains(Htmx.REQUEST));
    }

    private HttpResponse<String> search(HttpRequest<?> request) {
        return http.toBlocking().exchange(request, String.class);
    }
}
