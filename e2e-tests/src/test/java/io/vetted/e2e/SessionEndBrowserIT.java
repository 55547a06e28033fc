package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Ending a sign-in ends the web session on the very next request, not when its access token
 * expires: logout, a moderator's suspension, a password change made elsewhere.
 */
@OnPlatform
class SessionEndBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @Test
    void aCopiedSessionCookieShowsNoAccountPageOnceTheBrowserHasSignedOut() {
        Api.Account account = api.signUpAccount("SME", "Boulangerie Marchal");
        signInWithTheForm(account);
        String copied =
                browser.manage().getCookieNamed(SiteCalls.SESSION_COOKIE).getValue();
        SiteCalls elsewhere = new SiteCalls(platform.address(platform.web));
        assertThat(elsewhere.send("GET", "/account", copied).status()).isEqualTo(200);

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        SiteForms.visible(browser, By.cssSelector("a[href='/login']"));

        AuthorizationMatrix.Answer answer = elsewhere.send("GET", "/account", copied);
        assertThat(answer.status()).isBetween(301, 303);
        assertThat(answer.location()).startsWith("/login");
    }

    @Test
    void aModeratorSuspendingTheAccountSignsItsBrowserOutAtOnce() {
        Api.Account account = api.signUpAccount("SME", "Garage Perrin");
        Sessions.signIn(browser, platform, account.accessToken());
        browser.get(platform.address(platform.web) + "/account");
        assertThat(browser.findElements(By.cssSelector("[data-testid=signed-in-as]")))
                .isNotEmpty();

        identityCall(HttpRequest.PUT("/api/accounts/" + account.id() + "/suspension", Map.of())
                .bearerAuth(Sessions.moderator(platform)));

        browser.get(platform.address(platform.web) + "/account");
        assertSignedOut();
    }

    @Test
    void aPasswordChangeElsewhereSignsTheOldBrowserSessionOutAtOnce() {
        Api.Account account = api.signUpAccount("SME", "Imprimerie Roux");
        signInWithTheForm(account);

        identityCall(HttpRequest.PUT(
                        "/api/accounts/me/password",
                        Map.of("currentPassword", Api.PASSWORD, "newPassword", "une toute nouvelle phrase secrète"))
                .bearerAuth(account.accessToken()));

        browser.get(platform.address(platform.web) + "/account");
        assertSignedOut();
    }

    private void signInWithTheForm(Api.Account account) {
        browser.manage().deleteAllCookies();
        SiteForms.signIn(browser, platform, account.email());
        SiteForms.visible(browser, By.cssSelector("[data-testid=signed-in-as]"));
    }

    private void assertSignedOut() {
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElements(By.cssSelector("[data-testid=signed-in-as]")))
                .isEmpty();
        assertThat(browser.manage().getCookieNamed(SiteCalls.SESSION_COOKIE)).isNull();
    }

    private void identityCall(HttpRequest<?> request) {
        try (HttpClient identity = HttpClient.create(
                URI.create(platform.address(platform.identity)).toURL())) {
            identity.toBlocking().exchange(request);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
