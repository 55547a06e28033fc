package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sock puppet of the issue, made in a real browser: web-ui's first-party device cookie goes
 * with the provider's sign-in and the "client's" sign-up to identity-service, which links them.
 */
@OnPlatform
class DeviceLinkageBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @Test
    @SuppressWarnings("unchecked")
    void aClientSignedUpInTheBrowserTheProviderSignedInFromIsHeldAsLinkedAccounts() {
        Api.Account owner = api.signUpAccount("PROVIDER", "Rance Informatique");
        UUID provider = api.publishedProvider(owner.accessToken(), "Rance Informatique", "Dinan", "HELPDESK", null);
        browser.manage().deleteAllCookies();
        signIn(owner.email());
        wait(By.id("code")).sendKeys(Totp.nextCode(owner.totpSecret()));
        browser.findElement(By.cssSelector("form[action='/login/mfa'] button")).click();
        wait(By.cssSelector("[data-testid=signed-in-as]"));
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait(By.cssSelector("a[href='/login']"));

        // the same browser, so the same device cookie, though the session is gone
        String puppet = signUp("Client Complaisant");
        String stranger = freshBrowserSignUp("Quincaillerie Morvan");

        var linked = api.postReference(puppet, provider, 5, "Prestataire parfait en tout point, je recommande.")
                .body();
        var independent = api.postReference(stranger, provider, 4, "Dépannages rapides, factures claires.")
                .body();

        assertThat(linked.get("status")).isEqualTo("UNDER_REVIEW");
        assertThat(independent.get("status")).isEqualTo("PUBLISHED");
        var cases = api.reviewCall(HttpRequest.GET("/api/moderation/cases?providerId=" + provider)
                        .bearerAuth(Sessions.moderator(platform)))
                .body();
        assertThat((List<Map<String, Object>>) cases.get("items"))
                .singleElement()
                .satisfies(item -> assertThat((List<String>) item.get("kinds")).contains("LINKED_ACCOUNTS"));
    }

    private String freshBrowserSignUp(String name) {
        browser.manage().deleteAllCookies();
        return signUp(name);
    }

    /** Signs up an SME through the site's forms and returns its session's access token. */
    private String signUp(String name) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        SiteForms.signUp(browser, platform, "SME", name, "sme-" + id + "@c" + id + "-e2e.fr");
        return browser.manage().getCookieNamed(SiteCalls.SESSION_COOKIE).getValue();
    }

    private void signIn(String email) {
        SiteForms.signIn(browser, platform, email);
    }

    private WebElement wait(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
