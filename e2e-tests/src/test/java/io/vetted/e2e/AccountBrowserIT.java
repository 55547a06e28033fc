package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An account's life in the browser: sign-up and the mailed link, TOTP, a lost password, the session, deletion. */
@OnPlatform
class AccountBrowserIT {

    private Platform platform;
    private WebDriver browser;

    @Test
    void signsUpConfirmsTheEmailAndSignsIn() {
        signUp("SME", "Menuiserie Lemoine");

        assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-as]"))
                        .getText())
                .contains("Menuiserie Lemoine");
        assertThat(browser.manage().getCookieNamed("__Host-vetted_session").isHttpOnly())
                .isTrue();
        assertThat(browser.manage().getCookieNamed("__Host-vetted_refresh").isSecure())
                .isTrue();
    }

    @Test
    void turnsOnTwoStepVerificationAndThenAsksForTheCodeAtSignIn() {
        String email = signUp("PROVIDER", "Agence Vosges");
        browser.get(platform.address(platform.web) + "/account/mfa");
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/account/mfa/enrolment'] button"))
                .click();
        assertThat(wait(By.cssSelector("[data-testid=mfa-qr]")).getAttribute("src"))
                .startsWith("data:image/png;base64,");
        String secret =
                browser.findElement(By.cssSelector("[data-testid=mfa-secret]")).getText();
        browser.findElement(By.id("code")).sendKeys(Totp.code(secret));
        browser.findElement(By.cssSelector("form[action='/account/mfa/confirmation'] button"))
                .click();
        assertThat(wait(By.cssSelector("[data-testid=recovery-codes]")).findElements(By.tagName("li")))
                .hasSize(10);
        String recovery = browser.findElement(By.cssSelector("[data-testid=recovery-codes] li"))
                .getText();

        signOut();
        fillSignIn(email);
        wait(By.id("code")).sendKeys(recovery);
        browser.findElement(By.cssSelector("form[action='/login/mfa'] button")).click();

        assertThat(wait(By.cssSelector("[data-testid=signed-in-as]")).getText()).contains("Agence Vosges");
    }

    @Test
    void letsProvidersWithoutTwoStepVerificationReadTheirPagesUnderABannerLinkingToTheSetup() {
        signUp("PROVIDER", "Agence Jura");

        browser.get(platform.address(platform.web) + "/my/team");
        assertThat(browser.getCurrentUrl()).endsWith("/my/team");
        browser.findElement(By.cssSelector("[data-testid=mfa-banner] a")).click();

        assertThat(wait(By.cssSelector("[data-testid=mfa-required]")).isDisplayed())
                .isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("/account/mfa?required=true&returnTo=%2Fmy%2Fteam");
    }

    @Test
    void resetsAForgottenPasswordThroughTheMailedLinkOnce() {
        String email = signUp("SME", "Fromagerie Comtoise");
        signOut();
        browser.get(platform.address(platform.web) + "/password/forgot");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.cssSelector("form.form button")).click();
        wait(By.cssSelector("[data-testid=message]"));

        String link = platform.mail().link(email, "/password/reset");
        browser.get(link);
        browser.findElement(By.id("newPassword")).sendKeys("un nouveau mot de passe bien long");
        browser.findElement(By.cssSelector("form.form button")).click();
        wait(By.cssSelector("[data-testid=login-notice]"));

        browser.get(link);
        browser.findElement(By.id("newPassword")).sendKeys("encore un autre mot de passe");
        browser.findElement(By.cssSelector("form.form button")).click();
        assertThat(wait(By.cssSelector("[data-testid=reset-error]")).getText()).contains("plus valable");
    }

    @Test
    void keepsTheVisitorSignedInWhenTheAccessTokenExpiresAndDropsAForgedOne() {
        signUp("SME", "Scierie des Landes");
        String before = browser.manage().getCookieNamed("__Host-vetted_session").getValue();

        browser.manage().deleteCookieNamed("__Host-vetted_session");
        browser.get(platform.address(platform.web) + "/account");
        assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-as]"))
                        .getText())
                .contains("Scierie des Landes");
        assertThat(browser.manage().getCookieNamed("__Host-vetted_session").getValue())
                .isNotEqualTo(before);

        browser.manage().deleteAllCookies();
        browser.manage()
                .addCookie(new Cookie.Builder(
                                "__Host-vetted_session", before.substring(0, before.length() - 4) + "AAAA")
                        .path("/")
                        .isSecure(true)
                        .isHttpOnly(true)
                        .build());
        browser.get(platform.address(platform.web) + "/");
        assertThat(browser.findElements(By.cssSelector("[data-testid=signed-in-as]")))
                .isEmpty();
        assertThat(browser.manage().getCookieNamed("__Host-vetted_session")).isNull();
    }

    @Test
    void deletesTheAccountAfterThePasswordIsConfirmed() {
        String email = signUp("SME", "Ferme du Bocage");
        browser.get(platform.address(platform.web) + "/account");
        browser.findElement(By.id("deletePassword")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/account/delete'] button"))
                .click();
        wait(By.cssSelector("[data-testid=login-notice]"));

        fillSignIn(email);
        assertThat(wait(By.cssSelector("[data-testid=login-error]")).isDisplayed())
                .isTrue();
    }

    @Test
    void anAgencyInvitesAColleagueWhoJoinsItsTeam() {
        try (Api api = new Api(platform)) {
            Api.Account owner = api.signUpAccount("PROVIDER", "Agence Morvan");
            api.publishedProvider(owner.accessToken(), "Morvan Informatique", "Autun", "HELPDESK", null);
            Api.Account colleague = api.signUpAccount("PROVIDER", "Camille Morvan");

            Sessions.signIn(browser, platform, owner.accessToken());
            browser.get(platform.address(platform.web) + "/my/team");
            browser.findElement(By.id("email")).sendKeys(colleague.email());
            browser.findElement(By.cssSelector("form[action='/my/team/invitations'] button"))
                    .click();
            assertThat(wait(By.cssSelector("[data-testid=team-invitations]")).getText())
                    .contains(colleague.email());

            Sessions.signIn(browser, platform, colleague.accessToken());
            browser.get(platform.address(platform.web) + "/my/team");
            assertThat(wait(By.cssSelector("[data-testid=my-invitations]")).getText())
                    .contains("Morvan Informatique");
            browser.findElement(By.cssSelector("[data-testid=my-invitations] button"))
                    .click();

            assertThat(wait(By.cssSelector("[data-testid=team-members]")).getText())
                    .contains("Camille Morvan");
        }
    }

    @Test
    void moderatorsReadTheSecurityLog() {
        Sessions.signIn(browser, platform, Sessions.moderator(platform));

        browser.get(platform.address(platform.web) + "/moderation/security?type=LOGIN_SUCCEEDED");

        // the event type in the reader's words, not the service's code
        assertThat(wait(By.cssSelector("[data-testid=audit-events]")).getText())
                .contains("Connexion réussie")
                .doesNotContain("LOGIN_SUCCEEDED");
    }

    private String signUp(String role, String name) {
        String email = role.toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@e2e.vetted.fr";
        browser.manage().deleteAllCookies();
        SiteForms.signUp(browser, platform, role, name, email);
        return email;
    }

    private void fillSignIn(String email) {
        SiteForms.signIn(browser, platform, email);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait(By.cssSelector("a[href='/login']"));
    }

    private org.openqa.selenium.WebElement wait(By locator) {
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
