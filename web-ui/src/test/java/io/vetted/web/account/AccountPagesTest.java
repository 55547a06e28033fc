package io.vetted.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPagesTest implements SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.server.port", "-1", "micronaut.http.client.follow-redirects", "false");
    }

    @ParameterizedTest(name = "{0} shows \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "/login|Mot de passe oublié ?",
                "/register|Créer un compte",
                "/password/forgot|nous y enverrons un lien",
                "/verify?token=abc|Confirmer mon adresse",
                "/password/reset?token=abc|Choisir un nouveau mot de passe"
            })
    void rendersTheAccountPagesForVisitors(String path, String text) {
        String page = http.toBlocking().retrieve(HttpRequest.GET(path).header("Accept-Language", "fr"));

        assertThat(page).contains(text).contains("name=\"csrfToken\"");
    }

    @Test
    void keepsTheMailedTokenOutOfAnythingButTheConfirmationForm() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/verify?token=secret-token-value"));

        assertThat(page).containsOnlyOnce("secret-token-value").contains("name=\"token\" value=\"secret-token-value\"");
    }

    @Test
    void sendsVisitorsWithoutASessionFromTheirAccountPagesToSignIn() {
        var response = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/account/mfa").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(response.code()).isBetween(300, 399);
        assertThat(response.header("Location")).startsWith("/login");
    }

    @Test
    void remembersTheProtectedPageASignedOutVisitorAskedFor() {
        var response = http.toBlocking()
                .exchange(HttpRequest.GET("/my/references?page=2").header("Accept", "text/html"));

        assertThat(response.header("Location")).isEqualTo("/login?returnTo=%2Fmy%2Freferences%3Fpage%3D2");
        String page = http.toBlocking().retrieve(HttpRequest.GET(response.header("Location")));
        assertThat(page)
                .contains("name=\"returnTo\" value=\"/my/references?page=2\"")
                .contains("data-testid=\"login-notice\"");
    }

    @ParameterizedTest
    @CsvSource({"https://evil.example/", "//evil.example", "/\\evil.example"})
    void refusesToReturnAnywhereButThisSite(String target) {
        String page = http.toBlocking()
                .retrieve(HttpRequest.GET("/login?returnTo="
                        + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(page).contains("name=\"returnTo\" value=\"/\"").doesNotContain("evil.example");
    }
}
