package io.vetted.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * web-ui behind its own proxy (here on loopback, as web-ui's trusted proxy): identity-service's
 * throttles must count the visitor the proxy names, not the proxy, and never an address the
 * visitor wrote in front of it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientAddressForwardingTest implements ServicesTest {

    private final FakeServices services = new FakeServices()
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
        return Map.of(
                "micronaut.http.client.follow-redirects", "false",
                "vetted.security.trusted-proxies", "127.0.0.0/8");
    }

    @Test
    void forwardsTheVisitorItsTrustedProxyNames() {
        signInThroughTheProxy("203.0.113.5");

        assertThat(services.callsTo("/api/auth/login"))
                .last()
                .extracting(FakeServices.Call::forwardedFor)
                .isEqualTo("203.0.113.5");
    }

    @Test
    void ignoresAnAddressTheVisitorWroteBeforeTheProxysOwnEntry() {
        signInThroughTheProxy("198.51.100.77, 203.0.113.5");

        assertThat(services.callsTo("/api/auth/login"))
                .last()
                .extracting(FakeServices.Call::forwardedFor)
                .isEqualTo("203.0.113.5");
    }

    private void signInThroughTheProxy(String forwardedFor) {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        var request = HttpRequest.POST(
                        "/login", "email=a%40b.fr&password=correct-horse-9&csrfToken=" + CsrfToken.of(page))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
                .header("X-Forwarded-For", forwardedFor)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        http.toBlocking().exchange(request, String.class);
    }
}
