package io.vetted.web.mfa;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Setting up two-step verification: password first, the same QR code after a wrong code, then back. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MfaSetupPageTest implements ServicesTest {

    private static final String PROVIDER = "7f0e4f6c-2222-4c1c-9a4e-3f9d2b1a0c14";
    private static final String ENROLMENT = "/api/accounts/me/mfa/enrolment";
    private static final String CONFIRMATION = "/api/accounts/me/mfa/confirmation";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String URI = "otpauth://totp/Vetted:p%40example.fr?secret=" + SECRET + "&issuer=Vetted";
    private static final String QR =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private final TestIssuer issuer = TestIssuer.shared();
    private final String session = issuer.tokenWithoutMfa(PROVIDER, "PROVIDER");
    private final FakeServices services = new FakeServices()
            .answer("/api/accounts/me/mfa", "{\"enabled\":false,\"pending\":false,\"recoveryCodesLeft\":0}")
            .answer(
                    ENROLMENT,
                    "{\"secret\":\"" + SECRET + "\",\"otpauthUri\":\"" + URI + "\",\"qrCode\":\"" + QR + "\"}");

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
    void keepsTheReturnAddressOnTheSetupPage() {
        String page =
                page("/account/mfa?required=true&returnTo=%2Fmy%2Fclients").body();

        assertThat(page).contains("name=\"returnTo\" value=\"/my/clients\"").contains("name=\"password\"");
    }

    @Test
    void refusesToKeepAReturnAddressOnAnotherSite() {
        String page = page("/account/mfa?required=true&returnTo=https%3A%2F%2Fevil.example%2F")
                .body();

        assertThat(page).doesNotContain("evil.example").doesNotContain("name=\"returnTo\" value=\"/\"");
    }

    @Test
    void sendsTheCurrentPasswordToStartTheEnrolment() {
        String page = post(
                        "/account/mfa/enrolment",
                        "password=" + encode("ma phrase de passe") + "&returnTo=%2Fmy%2Fclients")
                .body();

        assertThat(services.callsTo(ENROLMENT))
                .last()
                .satisfies(call -> assertThat(call.body()).contains("\"password\":\"ma phrase de passe\""));
        assertThat(page)
                .contains("data-testid=\"mfa-qr\"")
                .contains(SECRET)
                .contains("name=\"returnTo\" value=\"/my/clients\"");
    }

    @Test
    void saysAWrongPasswordNextToThePasswordField() {
        services.reply(ENROLMENT, 422, "application/problem+json", problem("password"));
        try {
            assertThatThrownBy(() -> post("/account/mfa/enrolment", "password=faux"))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        assertThat(e.code()).isEqualTo(422);
                        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                                .contains("id=\"password-error\">This is not your current password.")
                                .doesNotContain("data-testid=\"mfa-qr\"");
                    });
        } finally {
            services.answer(
                    ENROLMENT,
                    "{\"secret\":\"" + SECRET + "\",\"otpauthUri\":\"" + URI + "\",\"qrCode\":\"" + QR + "\"}");
        }
    }

    @Test
    void showsTheSameQrCodeAgainWithTheErrorNextToTheCodeAfterAWrongCode() {
        services.reply(CONFIRMATION, 422, "application/problem+json", problem("code"));
        int enrolmentsBefore = services.callsTo(ENROLMENT).size();

        assertThatThrownBy(() -> post("/account/mfa/confirmation", confirmation("000000", "%2Fmy%2Fclients")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("src=\"" + QR + "\"")
                            .contains("data-testid=\"mfa-secret\">" + SECRET)
                            .contains("id=\"code-error\">This code is not valid.")
                            .contains("name=\"returnTo\" value=\"/my/clients\"");
                });
        assertThat(services.callsTo(ENROLMENT)).hasSize(enrolmentsBefore);
    }

    @Test
    void showsNoForgedQrCodeAfterAWrongCode() {
        services.reply(CONFIRMATION, 422, "application/problem+json", problem("code"));
        String forged = "secret=" + SECRET + "&otpauthUri=" + encode(URI) + "&qrCode=" + encode("javascript:alert(1)");

        assertThatThrownBy(() -> post("/account/mfa/confirmation", "code=000000&" + forged))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getResponse().getBody(String.class).orElseThrow())
                                .doesNotContain("javascript:")
                                .contains("name=\"password\""));
    }

    @Test
    void leadsBackWhereTheProviderWasGoingAfterTheRecoveryCodes() {
        confirmed();

        String page = post("/account/mfa/confirmation", confirmation("123456", "%2Fmy%2Fclients"))
                .body();

        assertThat(page)
                .contains("data-testid=\"recovery-codes\"")
                .contains("href=\"/my/clients\" data-testid=\"mfa-continue\"");
    }

    @Test
    void leadsToTheAccountPageRatherThanAnotherSiteAfterTheRecoveryCodes() {
        confirmed();

        String page = post("/account/mfa/confirmation", confirmation("123456", encode("//evil.example/x")))
                .body();

        assertThat(page)
                .contains("href=\"/account\" data-testid=\"mfa-continue\"")
                .doesNotContain("evil.example");
    }

    private void confirmed() {
        services.answer(
                CONFIRMATION,
                "{\"recoveryCodes\":[\"aaaa-bbbb\",\"cccc-dddd\"],\"session\":{\"accessToken\":\""
                        + issuer.token(PROVIDER, "PROVIDER") + "\",\"expiresIn\":600,\"refreshToken\":\"r\","
                        + "\"refreshExpiresIn\":3600,\"accountId\":\"" + PROVIDER
                        + "\",\"mfa\":true,\"mfaRequired\":false}}");
    }

    private static String confirmation(String code, String returnTo) {
        return "code=" + code + "&returnTo=" + returnTo + "&secret=" + SECRET + "&otpauthUri=" + encode(URI)
                + "&qrCode=" + encode(QR);
    }

    private HttpResponse<String> page(String path) {
        return http.toBlocking()
                .exchange(
                        HttpRequest.GET(path)
                                .header("Accept-Language", "en")
                                .cookie(Cookie.of("__Host-vetted_session", session)),
                        String.class);
    }

    private HttpResponse<String> post(String path, String form) {
        HttpResponse<String> page = page("/account/mfa");
        var post = HttpRequest.POST(path, form + "&csrfToken=" + CsrfToken.of(page))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en")
                .cookie(Cookie.of("__Host-vetted_session", session))
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(post, String.class);
    }

    private static byte[] problem(String field) {
        return ("{\"status\":422,\"title\":\"Unprocessable\",\"violations\":[{\"field\":\"" + field
                        + "\",\"message\":\"is wrong\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
