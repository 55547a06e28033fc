package io.vetted.web.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
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

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorTokenForwardingTest implements ServicesTest {

    private static final String SESSION = "__Host-vetted_session";
    private static final String SME = "7f0e4f6c-1111-4c1c-9a4e-3f9d2b1a0c01";

    private final TestIssuer issuer = TestIssuer.shared();
    private final String renewed = issuer.token(SME, "SME");
    private final FakeServices services = new FakeServices()
            .answer("/api/references/mine", "[]")
            .emptySearch()
            .answer(
                    "/api/auth/refresh",
                    "{\"accessToken\":\"" + renewed + "\",\"expiresIn\":600,\"refreshToken\":\"next\","
                            + "\"refreshExpiresIn\":3600,\"accountId\":\"" + SME + "\",\"mfa\":false,"
                            + "\"mfaRequired\":false}");

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
    void sendsTheSignedInVisitorsTokenToTheServices() {
        String token = issuer.token(SME, "SME");

        get(HttpRequest.GET("/my/references").cookie(Cookie.of(SESSION, token)));

        assertThat(services.callsTo("/api/references/mine"))
                .last()
                .extracting(FakeServices.Call::authorization)
                .isEqualTo("Bearer " + token);
    }

    @Test
    void sendsTheTokenRenewedDuringTheRequest() {
        get(HttpRequest.GET("/my/references").cookie(Cookie.of("__Host-vetted_refresh", "r")));

        assertThat(services.callsTo("/api/auth/refresh"))
                .last()
                .extracting(FakeServices.Call::authorization)
                .isNull();
        assertThat(services.callsTo("/api/references/mine"))
                .last()
                .extracting(FakeServices.Call::authorization)
                .isEqualTo("Bearer " + renewed);
    }

    @Test
    void sendsNoTokenOnAnonymousCalls() {
        get(HttpRequest.GET("/search?q=x").cookie(Cookie.of(SESSION, issuer.token(SME, "SME"))));

        assertThat(services.callsTo("/api/providers"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.authorization()).isNull());
    }

    private void get(HttpRequest<?> request) {
        assertThat(http.toBlocking().exchange(request, String.class).code()).isEqualTo(200);
    }
}
