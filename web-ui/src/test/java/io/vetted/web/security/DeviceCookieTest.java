package io.vetted.web.security;

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

/** The browser's first-party device identifier reaches identity-service on sign-up and sign-in. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceCookieTest implements ServicesTest {

    private static final String DEVICE = "dev1ce-0f-the-provider-0123456789";

    private final FakeServices services = new FakeServices()
            .answer("/api/accounts", "{\"message\":\"sent\"}")
            .answer(
                    "/api/auth/login",
                    "{\"accessToken\":\"a\",\"expiresIn\":600,\"accountId\":\"7f0e4f6c-1111-4c1c-9a4e-3f9d2b1a0c01\","
                            + "\"mfa\":false,\"mfaRequired\":false}");

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false");
    }

    @Test
    void givesANewBrowserALongLivedHttpOnlyHostOnlyDeviceCookie() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);

        String header = page.getHeaders().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith(DeviceCookie.NAME + "="))
                .findFirst()
                .orElseThrow();
        assertThat(header)
                .containsPattern("^__Host-vetted_device=[A-Za-z0-9_-]{32};")
                .contains("HTTPOnly", "Secure", "SameSite=Lax", "Path=/", "Max-Age=34560000")
                .doesNotContain("Domain=");
    }

    @Test
    void forwardsTheDeviceCookieOnSignUpAndSignIn() {
        post("/register", "email=a%40b.fr&password=correct-horse-9&role=SME&displayName=A&terms=true");
        post("/login", "email=a%40b.fr&password=correct-horse-9");

        assertThat(services.callsTo("/api/accounts"))
                .last()
                .extracting(FakeServices.Call::device)
                .isEqualTo(DEVICE);
        assertThat(services.callsTo("/api/auth/login"))
                .last()
                .extracting(FakeServices.Call::device)
                .isEqualTo(DEVICE);
    }

    @Test
    void sendsTheDeviceToNoOtherCall() {
        http.toBlocking()
                .exchange(HttpRequest.GET("/login").cookie(Cookie.of(DeviceCookie.NAME, DEVICE)), String.class);
        post("/login", "email=a%40b.fr&password=correct-horse-9");

        assertThat(services.calls())
                .filteredOn(call ->
                        !call.path().equals("/api/auth/login") && !call.path().equals("/api/accounts"))
                .allSatisfy(call -> assertThat(call.device()).isNull());
    }

    private void post(String path, String form) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(HttpRequest.GET(path).cookie(Cookie.of(DeviceCookie.NAME, DEVICE)), String.class);
        String token = CsrfToken.of(page);
        var request = HttpRequest.POST(path, form + "&csrfToken=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
                .cookie(Cookie.of(DeviceCookie.NAME, DEVICE))
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        http.toBlocking().exchange(request, String.class);
    }
}
