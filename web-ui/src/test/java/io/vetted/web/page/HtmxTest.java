package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
class HtmxTest implements ServicesTest {

    private final FakeServices services = new FakeServices().emptySearch();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
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
