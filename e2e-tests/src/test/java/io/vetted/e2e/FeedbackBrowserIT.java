package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every action says what happened where the visitor is looking, on a phone: a refused form gets
 * a summary at the top that takes the focus and links to each field; a full comparison says so;
 * a protected page reached signed out comes back after sign-in, and only to this site.
 */
@OnPlatform
class FeedbackBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private final List<UUID> providers = new ArrayList<>();

    @BeforeAll
    void start() {
        VendorProfiles profiles = new VendorProfiles(api);
        for (String name :
                List.of("Azur Réseaux", "Bocage Info", "Causses Support", "Dombes Systèmes", "Estuaire IT")) {
            providers.add(profiles.published(
                    api.signUp("PROVIDER", name),
                    name,
                    "AGENCY",
                    "Lyon",
                    "69",
                    List.of("HELPDESK"),
                    VendorProfiles.offer("Support à l’heure", "HOURLY", null, 60)));
        }
        Browser.viewport(browser, 375);
    }

    @BeforeEach
    void signedOut() {
        browser.get(platform.address(platform.web) + "/static/css/vetted.css");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aRefusedFormSummarisesItsErrorsAtTheTopAndTakesTheFocus() {
        browser.get(platform.address(platform.web) + "/register");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        WebElement summary = waitFor(By.cssSelector("[data-testid=error-summary]"));
        assertThat(summary.getText()).startsWith("Le formulaire contient des erreurs");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        List<WebElement> links = summary.findElements(By.cssSelector("a"));
        assertThat(links).isNotEmpty();
        assertThat(links).extracting(WebElement::getText).doesNotContainNull().allMatch(t -> !t.isBlank());
        String target = links.get(0).getAttribute("hash").substring(1);

        links.get(0).click();

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(target);
    }

    @Test
    void aFifthProviderInTheComparisonGetsAMessage() {
        browser.manage()
                .addCookie(new Cookie.Builder(
                                "__Host-vetted_compare",
                                String.join(
                                        ".",
                                        providers.subList(0, 4).stream()
                                                .map(UUID::toString)
                                                .toList()))
                        .path("/")
                        .isSecure(true)
                        .isHttpOnly(true)
                        .build());
        browser.get(platform.address(platform.web) + "/providers/" + providers.get(4));

        browser.findElement(By.cssSelector("[data-testid=compare-add]")).click();

        assertThat(waitFor(By.cssSelector("[data-testid=compare-full]")).getText())
                .contains("Déjà 4 prestataires dans la comparaison");
        browser.findElement(By.cssSelector("[data-testid=compare-full] a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/compare"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=compare-full]")))
                .isEmpty();
    }

    @Test
    void aProtectedPageReachedSignedOutComesBackAfterSignIn() {
        Api.Account sme = api.signUpAccount("SME", "Fromagerie Duval");
        browser.get(platform.address(platform.web) + "/my/references");
        assertThat(waitFor(By.cssSelector("[data-testid=login-notice]")).getText())
                .contains("vous reviendrez ensuite sur la page demandée");

        signIn(sme);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/my/references"));
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.address(platform.web) + "/my/references");
    }

    @Test
    void signingInNeverLeavesForAnotherSite() {
        Api.Account sme = api.signUpAccount("SME", "Menuiserie Perrin");
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x")) {
            browser.manage().deleteAllCookies();
            browser.get(platform.address(platform.web) + "/login?returnTo=" + elsewhere);

            signIn(sme);

            // on a phone the menu (and the name in it) is folded away: present is enough
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-as]")));
            assertThat(browser.getCurrentUrl())
                    .startsWith(platform.address(platform.web))
                    .doesNotContain("evil");
        }
    }

    @Test
    void aModeratorsDismissalIsConfirmedWhereTheyAre() {
        String author = api.signUp("SME", "Garage Lefèvre");
        String reference = (String) api.postReference(author, providers.get(0), 5, "Toujours joignables, même en août.")
                .body()
                .get("id");
        api.reviewCall(HttpRequest.POST(
                        "/api/references/" + reference + "/reports",
                        Map.of("reason", "FAKE", "details", "Je doute que ce soit un vrai client."))
                .bearerAuth(api.signUp("SME", "Imprimerie Roux")));
        Sessions.signIn(browser, platform, Sessions.moderator(platform));
        browser.get(platform.address(platform.web) + "/moderation");

        browser.findElement(By.cssSelector("[data-testid=dismiss]")).click();

        WebElement done = waitFor(By.cssSelector("[data-testid=action-done]"));
        assertThat(done.getText()).isEqualTo("Signalement classé : la référence reste publiée.");
        assertThat(browser.switchTo().activeElement()).isEqualTo(done);
    }

    private void signIn(Api.Account account) {
        browser.findElement(By.id("email")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(account.password());
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
