package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account forms filled in as a person would: sign-up, the mailed link, sign-in. Cookies are
 * left as they are, so a test decides whether the browser is a fresh one (its device cookie too).
 */
final class SiteForms {

    private SiteForms() {}

    /** Signs up {@code email} with {@link Api#PASSWORD}, follows the mailed link and signs in. */
    static void signUp(WebDriver browser, Platform platform, String role, String name, String email) {
        browser.get(platform.address(platform.web) + "/register");
        browser.findElement(By.cssSelector("input[name=role][value=" + role + "]"))
                .click();
        browser.findElement(By.id("displayName")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        visible(browser, By.cssSelector("[data-testid=message]"));
        browser.get(platform.mail().link(email, "/verify"));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        visible(browser, By.cssSelector("[data-testid=login-notice]"));
        signIn(browser, platform, email);
        visible(browser, By.cssSelector("[data-testid=signed-in-as]"));
    }

    /** Fills in and sends the sign-in form; the caller waits for what it expects next. */
    static void signIn(WebDriver browser, Platform platform, String email) {
        browser.get(platform.address(platform.web) + "/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
    }

    static WebElement visible(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
