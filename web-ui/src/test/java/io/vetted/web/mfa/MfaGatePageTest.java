package io.vetted.web.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A provider without a second factor reads their own pages under a banner; only a change sends
 * them to the setup, which then leads back to the page the change came from.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaGatePageTest implements ServicesTest {

    private static final String PROVIDER = "7f0e4f6c-2222-4c1c-9a4e-3f9d2b1a0c12";
    private static final String SETUP_BACK_TO_CLIENTS = "/account/mfa?required=true&returnTo=%2Fmy%2Fclients";

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer(
                    "/api/providers/mine",
                    "{\"id\":\"5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e70\",\"ownerAccountId\":\"" + PROVIDER
                            + "\",\"name\":\"Agence Sans Code\",\"kind\":\"AGENCY\",\"version\":1,\"status\":\"DRAFT\"}");

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"fr|Pour modifier quoi que ce soit", "en|To change anything, set up two-step verification first"})
    void rendersTheProvidersOwnPagesWithoutASecondFactorUnderASetupBanner(String language, String text) {
        HttpResponse<String> page =
                http.toBlocking().exchange(get("/my/clients", language, withoutMfa()), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("Agence Sans Code")
                .contains("data-testid=\"mfa-banner\"")
                .contains(text)
                .contains("href=\"" + SETUP_BACK_TO_CLIENTS.replace("&", "&amp;") + "\"");
    }

    @Test
    void showsNoBannerToAProviderWithASecondFactor() {
        HttpResponse<String> page =
                http.toBlocking().exchange(get("/my/clients", "en", issuer.token(PROVIDER, "PROVIDER")), String.class);

        assertThat(page.body()).contains("Agence Sans Code").doesNotContain("mfa-banner");
    }

    @Test
    void sendsAChangeWithoutASecondFactorToTheSetupAndBackToThePageItCameFrom() {
        int profileReads = services.callsTo("/api/providers/mine").size();
        var post = HttpRequest.POST("/my/clients/invitations", "email=client%40example.fr")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Referer", "http://localhost/my/clients")
                .cookie(Cookie.of("__Host-vetted_session", withoutMfa()));

        HttpResponse<String> answer = http.toBlocking().exchange(post, String.class);

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo(SETUP_BACK_TO_CLIENTS);
        assertThat(services.callsTo("/api/providers/mine"))
                .as("nothing sent on")
                .hasSize(profileReads);
    }

    @Test
    void sendsAnHtmxChangeToTheSetupAsAWholePage() {
        var post = HttpRequest.POST("/my/clients/invitations", "email=client%40example.fr")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("HX-Request", "true")
                .header("Referer", "http://localhost/my/clients")
                .cookie(Cookie.of("__Host-vetted_session", withoutMfa()));

        HttpResponse<String> answer = http.toBlocking().exchange(post, String.class);

        assertThat(answer.header("HX-Redirect")).isEqualTo(SETUP_BACK_TO_CLIENTS);
    }

    @Test
    void keepsModeratorsWithoutASecondFactorOutOfTheirQueues() {
        String moderator = issuer.tokenWithoutMfa("7f0e4f6c-2222-4c1c-9a4e-3f9d2b1a0c13", "MODERATOR");

        HttpResponse<String> answer =
                http.toBlocking().exchange(get("/moderation/claims", "en", moderator), String.class);

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/account/mfa?required=true&returnTo=%2Fmoderation%2Fclaims");
    }

    private String withoutMfa() {
        return issuer.tokenWithoutMfa(PROVIDER, "PROVIDER");
    }

    private static MutableHttpRequest<?> get(String path, String language, String token) {
        return HttpRequest.GET(path)
                .header("Accept-Language", language)
                .cookie(Cookie.of("__Host-vetted_session", token));
    }
}
