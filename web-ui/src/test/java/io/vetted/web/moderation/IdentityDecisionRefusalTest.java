package io.vetted.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityDecisionRefusalTest implements ServicesTest {

    // vendor-service knows no such check: another moderator decided it, or it never existed
    private final FakeServices services = new FakeServices()
            .answer("/api/moderation/identity", "{\"entries\":[],\"total\":0,\"page\":0,\"size\":20}");
    private final Cookie moderator = Cookie.of(
            "__Host-vetted_session", TestIssuer.shared().token("6d5c4b3a-9999-4e8f-8a7b-6c5d4e3f2a1b", "MODERATOR"));

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return ServicesTest.signedInReadingRedirects();
    }

    @Test
    void showsADecisionOnACaseNoLongerWaitingAsRefusedRatherThanSaved() {
        HttpResponse<String> queue = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/moderation/identity")
                                .header("Accept-Language", "en")
                                .cookie(moderator),
                        String.class);
        String form = "csrfToken=" + URLEncoder.encode(CsrfToken.of(queue), StandardCharsets.UTF_8)
                + "&choice=ACCEPTED&reason=" + URLEncoder.encode("Extrait Kbis conforme", StandardCharsets.UTF_8);
        var decision = HttpRequest.POST("/moderation/identity/checks/" + UUID.randomUUID(), form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en")
                .cookie(moderator)
                .cookie(queue.getCookie("__Host-csrfToken").orElseThrow());

        HttpClientResponseException refused = catchThrowableOfType(
                () -> http.toBlocking().exchange(decision, String.class), HttpClientResponseException.class);

        // before: the void client call read vendor-service's 404 as done, and the queue said "Decision saved."
        assertThat(refused).as("a redirect to the queue as if decided").isNotNull();
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.getResponse().getBody(String.class).orElse(""))
                .contains("This request is no longer waiting for a decision")
                .doesNotContain("Decision saved.");
    }
}
