package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new provider reads their dashboard before two-step verification, is asked for it at their
 * first change (password, QR code, a wrong code that keeps the QR code, the right one, recovery
 * codes) and comes back to that change; a client signing up from an invitation comes back to it.
 */
@OnPlatform
class ProviderOnboardingBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void aNewProviderReadsTheDashboardSetsUpTwoStepVerificationAtTheFirstChangeAndComesBackToIt(int width) {
        Browser.viewport(browser, 1280); // the sign-up helper waits for the header's name, behind the menu on a phone
        browser.manage().deleteAllCookies();
        SiteForms.signUp(browser, platform, "PROVIDER", "Agence Onboarding " + width, newEmail("provider"));
        Browser.viewport(browser, width);

        browser.get(platform.address(platform.web) + "/my/provider");
        assertThat(visible(By.cssSelector("[data-testid=mfa-banner]")).getText())
                .contains("vérification en deux étapes");
        checkPage("dashboard with the banner");
        fillNewProfile("Agence Onboarding " + width);
        browser.findElement(By.cssSelector("form[action='/my/provider'] button[type=submit]"))
                .click();

        visible(By.cssSelector("[data-testid=mfa-required]"));
        // a provider without a profile reads the new-profile page (/my/provider leads there)
        assertThat(browser.getCurrentUrl()).endsWith("/account/mfa?required=true&returnTo=%2Fmy%2Fprovider%2Fnew");
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/account/mfa/enrolment'] button"))
                .click();
        String qr = visible(By.cssSelector("[data-testid=mfa-qr]")).getAttribute("src");
        String secret =
                browser.findElement(By.cssSelector("[data-testid=mfa-secret]")).getText();

        browser.findElement(By.id("code")).sendKeys(wrongCode(secret));
        browser.findElement(By.cssSelector("form[action='/account/mfa/confirmation'] button"))
                .click();
        assertThat(visible(By.id("code-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("[data-testid=mfa-secret]"))
                        .getText())
                .as("the same secret, no rescan")
                .isEqualTo(secret);
        assertThat(browser.findElement(By.cssSelector("[data-testid=mfa-qr]")).getAttribute("src"))
                .isEqualTo(qr);
        checkPage("enrolment with a wrong code");

        browser.findElement(By.id("code")).sendKeys(Totp.code(secret));
        browser.findElement(By.cssSelector("form[action='/account/mfa/confirmation'] button"))
                .click();
        assertThat(visible(By.cssSelector("[data-testid=recovery-codes]")).findElements(By.tagName("li")))
                .hasSize(10);
        checkPage("recovery codes");
        browser.findElement(By.cssSelector("[data-testid=mfa-continue]")).click();

        visible(By.id("name"));
        assertThat(browser.getCurrentUrl()).endsWith("/my/provider/new");
        assertThat(browser.findElements(By.cssSelector("[data-testid=mfa-banner]")))
                .isEmpty();
        fillNewProfile("Agence Onboarding " + width);
        browser.findElement(By.cssSelector("form[action='/my/provider'] button[type=submit]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=status]"), "Brouillon"));
    }

    @Test
    void aClientWhoSignsUpFromAnInvitationComesBackToItToAcceptIt() {
        Browser.viewport(browser, 1280);
        String provider = api.signUp("PROVIDER", "Loire Invitations");
        api.publishedProvider(provider, "Loire Invitations", "Nantes", "CLOUD_SAAS", null);
        String client = newEmail("client");
        Sessions.signIn(browser, platform, provider);
        browser.get(platform.address(platform.web) + "/my/clients");
        browser.findElement(By.id("email")).sendKeys(client);
        browser.findElement(By.id("invite")).click();
        assertThat(visible(By.cssSelector("[data-testid=action-done]")).getText())
                .contains("Invitation envoyée par e-mail");
        assertThat(browser.getPageSource()).doesNotContain("/invitations/");
        String link = platform.mail().link(client, "/invitations/");

        browser.manage().deleteAllCookies();
        browser.get(link);
        browser.findElement(By.cssSelector("[data-testid=invitation-register]")).click();
        browser.findElement(By.id("displayName")).sendKeys("Cave Coopérative");
        browser.findElement(By.id("email")).sendKeys(client);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        visible(By.cssSelector("[data-testid=message]"));
        browser.get(platform.mail().link(client, "/verify"));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        visible(By.cssSelector("[data-testid=login-notice]"));
        browser.findElement(By.id("email")).sendKeys(client);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();

        visible(By.id("accept-invitation")).click();
        assertThat(visible(By.cssSelector("[data-testid=invited-as]")).getText())
                .contains("Loire Invitations");
    }

    private void fillNewProfile(String name) {
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.cssSelector("input[name=kind][value=AGENCY]")).click();
        select("input[name=deliveryModes][value=ON_SITE]");
        browser.findElement(By.id("city")).clear();
        browser.findElement(By.id("city")).sendKeys("Dijon");
        select("input[name=specialties][value=HELPDESK]");
        browser.findElement(By.id("offerTitle")).clear();
        browser.findElement(By.id("offerTitle")).sendKeys("Forfait infogérance");
        new Select(browser.findElement(By.id("pricingModel"))).selectByValue("MONTHLY_FIXED");
        browser.findElement(By.id("priceEur")).clear();
        browser.findElement(By.id("priceEur")).sendKeys("490");
    }

    private void select(String checkbox) {
        WebElement box = browser.findElement(By.cssSelector(checkbox));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void checkPage(String what) {
        assertThat(Accessibility.horizontalOverflow(browser))
                .as("sideways scroll on the %s", what)
                .isZero();
        assertThat(Accessibility.seriousViolations(browser))
                .as("axe on the %s", what)
                .isEmpty();
    }

    /** A six-digit code that is neither this step's nor a neighbour's (the service accepts a little drift). */
    private static String wrongCode(String secret) {
        String code = "000000";
        while (code.equals(Totp.code(secret)) || code.equals(Totp.nextCode(secret))) {
            code = String.format(Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        }
        return code;
    }

    private static String newEmail(String role) {
        return role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.vetted.fr";
    }

    private WebElement visible(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "No " + locator + " on " + browser.getCurrentUrl() + ":\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }
}
