package io.vetted.web.contact;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * review-service answers 404 to a contact request that is not the visitor's; the page must say it
 * was refused, never that the details are shared (the fake answers 404 to every unknown path).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactRefusalTest implements ServicesTest {

    private static final String SME = "7f0e4f6c-4444-4c1c-9a4e-3f9d2b1a0c04";

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer("/api/contact-requests/received", "[]")
            .answer("/api/contact-requests/sent", "[]");

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
    void acceptingSomeoneElsesRequestIsShownAsRefused() {
        assertRefused("/contact-requests/" + UUID.randomUUID() + "/accept", "contactDetails=06%2012%2034%2056%2078");
    }

    @Test
    void decliningSomeoneElsesRequestIsShownAsRefused() {
        assertRefused("/contact-requests/" + UUID.randomUUID() + "/decline", "");
    }

    private void assertRefused(String path, String fields) {
        Cookie session = Cookie.of("__Host-vetted_session", issuer.token(SME, "SME"));
        HttpResponse<String> page = http.toBlocking()
                .exchange(HttpRequest.GET("/my/contact-requests").cookie(session), String.class);
        String token = CsrfToken.of(page);
        var post = HttpRequest.POST(path, fields + "&csrfToken=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(404));
    }
}
