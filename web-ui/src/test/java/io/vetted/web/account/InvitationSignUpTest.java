package io.vetted.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A client who opens an invitation without an account signs up, confirms the mailed link and signs
 * in: this browser then leads back to the invitation, without opening the invitation mail again.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationSignUpTest implements ServicesTest {

    private static final String INVITATION = "/invitations/tok-123";

    private final FakeServices services = new FakeServices()
            .answer(
                    "/api/invitations/tok-123",
                    "{\"providerId\":\"5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e71\",\"providerName\":\"Agence Invitante\","
                            + "\"emailHint\":\"c***@example.fr\",\"status\":\"PENDING\","
                            + "\"expiresAt\":\"2030-01-01T00:00:00Z\"}")
            .answer("/api/accounts", "{\"message\":\"sent\"}")
            .answer("/api/accounts/verification", "");

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
    void offersAVisitorWithoutAnAccountASignUpThatComesBackToTheInvitation() {
        String page = http.toBlocking().retrieve(HttpRequest.GET(INVITATION).header("Accept-Language", "en"));

        assertThat(page).contains("href=\"/register?returnTo=/invitations/tok-123\"");
    }

    @Test
    void keepsTheInvitationOnTheSignUpForm() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/register?returnTo=%2Finvitations%2Ftok-123"));

        assertThat(page).contains("name=\"returnTo\" value=\"/invitations/tok-123\"");
    }

    @Test
    void signsInBackToTheInvitationOnceTheEmailIsVerified() {
        HttpResponse<String> signedUp = register("%2Finvitations%2Ftok-123");
        Cookie pending = signedUp.getCookie("__Host-vetted_return").orElseThrow();
        assertThat(signedUp.body()).contains("href=\"/login?returnTo=%2Finvitations%2Ftok-123\"");

        HttpResponse<String> verified = verify(pending);

        assertThat(verified.header("Location")).isEqualTo("/login?notice=verified&returnTo=%2Finvitations%2Ftok-123");
        assertThat(verified.getCookie("__Host-vetted_return").orElseThrow().getValue())
                .isEmpty();
        String login = http.toBlocking().retrieve(HttpRequest.GET(verified.header("Location")));
        assertThat(login).contains("name=\"returnTo\" value=\"/invitations/tok-123\"");
    }

    @Test
    void remembersNoReturnAddressOnAnotherSite() {
        HttpResponse<String> signedUp = register("https%3A%2F%2Fevil.example%2F");

        assertThat(signedUp.getCookie("__Host-vetted_return")).isEmpty();
        assertThat(signedUp.body()).doesNotContain("evil.example");
    }

    @Test
    void verifiesAsBeforeWhenTheSignUpCameFromNowhere() {
        HttpResponse<String> verified = verify(null);

        assertThat(verified.header("Location")).isEqualTo("/login?notice=verified");
    }

    private HttpResponse<String> register(String returnTo) {
        HttpResponse<String> form = http.toBlocking().exchange(HttpRequest.GET("/register"), String.class);
        var post = HttpRequest.POST(
                        "/register",
                        "role=SME&displayName=Client&email=client%40example.fr&password=une+phrase+assez+longue"
                                + "&returnTo=" + returnTo + "&csrfToken=" + CsrfToken.of(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(form.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(post, String.class);
    }

    private HttpResponse<String> verify(Cookie pending) {
        HttpResponse<String> form = http.toBlocking().exchange(HttpRequest.GET("/verify?token=mailed"), String.class);
        var post = HttpRequest.POST("/verify", "token=mailed&csrfToken=" + CsrfToken.of(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(form.getCookie("__Host-csrfToken").orElseThrow());
        if (pending != null) {
            post.cookie(pending);
        }
        return http.toBlocking().exchange(post, String.class);
    }
}
