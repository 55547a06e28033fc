package io.vetted.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * review-service knows only published providers, so it answers 404 for a draft's invitations;
 * the clients page still renders.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftClientsPageTest implements ServicesTest {

    private static final String PROVIDER = "7f0e4f6c-2222-4c1c-9a4e-3f9d2b1a0c02";
    private static final String PROFILE = "5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e6f";

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer(
                    "/api/providers/mine",
                    "{\"id\":\"" + PROFILE + "\",\"ownerAccountId\":\"" + PROVIDER
                            + "\",\"name\":\"Agence Brouillon\",\"kind\":\"AGENCY\",\"version\":1,\"status\":\"DRAFT\"}");

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return issuer.securityProperties();
    }

    @Test
    void rendersTheClientsPageOfADraftProfile() {
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/my/clients")
                                .header("Accept-Language", "en")
                                .cookie(Cookie.of("__Host-vetted_session", issuer.token(PROVIDER, "PROVIDER"))),
                        String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Agence Brouillon");
    }

    @Test
    void saysADraftCannotInviteYetNextToTheEmail() {
        Cookie session = Cookie.of("__Host-vetted_session", issuer.token(PROVIDER, "PROVIDER"));
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/my/clients")
                                .header("Accept-Language", "en")
                                .cookie(session),
                        String.class);
        String token = CsrfToken.of(page);
        var post = HttpRequest.POST("/my/clients/invitations", "email=client%40example.fr&csrfToken=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en")
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("Publish your profile before inviting your clients.");
                });
    }
}
