package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The foundation's slice in headless Chromium: search, open the provider, read and write references. */
@OnPlatform
class SliceBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private UUID provider;

    @BeforeAll
    void start() {
        provider = api.createProvider(
                api.signUp("PROVIDER", "Breizh IT"),
                "Infogérance Bretagne",
                "Quimper",
                "HELPDESK",
                "Support et infogérance pour les PME du Finistère.");
        api.postReference(
                api.signUp("SME", "Conserverie de Douarnenez"), provider, 5, "Excellent suivi, toujours joignables.");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> ((Map<?, ?>) api.provider(provider).get("reputation"))
                        .get("referenceCount")
                        .equals(1));
    }

    @Test
    void findsTheProviderByTextAndShowsItsReferenceAndRating() {
        browser.get(platform.address(platform.web) + "/");
        browser.findElement(By.id("q")).sendKeys("quimper");

        WebElement card = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//li[@data-testid='provider-card'][.//a[text()='Infogérance Bretagne']]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=provider-card]")))
                .hasSize(1);
        assertThat(card.findElement(By.cssSelector("[data-testid=card-rating]")).getText())
                .isEqualTo("5,0");

        card.findElement(By.linkText("Infogérance Bretagne")).click();
        waitFor()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("[data-testid=provider-name]"), "Infogérance Bretagne"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=provider-rating]"))
                        .getText())
                .contains("5,0");
        assertThat(browser.findElements(By.cssSelector("[data-testid=reference]")))
                .singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("Excellent suivi, toujours joignables."));
    }

    @Test
    void aClientSignsUpAndPostsAReferenceThroughTheForm() {
        signUpAsClient("Cidrerie de Cornouaille");

        browser.get(platform.address(platform.web) + "/providers/" + provider);
        browser.findElement(By.id("write-reference")).click();
        describeEngagement("Cidrerie de Cornouaille");
        browser.findElement(By.cssSelector("input[name=rating][value='4']")).click();
        browser.findElement(By.id("comment")).sendKeys("Bonne réactivité <script>alert(1)</script>");
        browser.findElement(By.id("submit-reference")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=reference]")))
                .anySatisfy(r -> assertThat(r.getText()).contains("Bonne réactivité <script>alert(1)</script>"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=provider-rating]"))
                        .getText())
                .contains("4,5");
    }

    @Test
    void showsAFieldErrorNextToTheRatingWhenNoneIsChosen() {
        signUpAsClient("Crêperie du Port");
        browser.get(platform.address(platform.web) + "/providers/" + provider + "/references/new");
        describeEngagement("Crêperie du Port");
        browser.findElement(By.id("comment")).sendKeys("J'ai oublié la note");
        browser.findElement(By.id("submit-reference")).click();

        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-error")));
        assertThat(error.getText()).isEqualTo("Choisissez une note de 1 à 5.");
        assertThat(browser.findElement(By.id("comment")).getAttribute("value")).isEqualTo("J'ai oublié la note");
    }

    @Test
    void switchesToEnglishAndBack() {
        browser.get(platform.address(platform.web) + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trouver un prestataire informatique");

        browser.findElement(By.cssSelector("button.lang[value=en]")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Find an IT service provider"));

        browser.findElement(By.cssSelector("button.lang[value=fr]")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Trouver un prestataire informatique"));
    }

    private void signUpAsClient(String name) {
        String email = "pme-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.vetted.fr";
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/register");
        browser.findElement(By.cssSelector("input[name=role][value=SME]")).click();
        browser.findElement(By.id("displayName")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=message]")));

        browser.get(platform.mail().link(email, "/verify"));
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-notice]")));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=signed-in-as]"), name));
    }

    /** What the reference form requires besides the rating: company, a service, a start date, a recommendation. */
    private void describeEngagement(String company) {
        WebElement companyName = browser.findElement(By.id("companyName"));
        companyName.clear(); // the form starts with the account's name
        companyName.sendKeys(company);
        browser.findElement(By.cssSelector("input[name=services][value=HELPDESK]"))
                .click();
        Sessions.setDate(
                browser,
                browser.findElement(By.id("start")),
                LocalDate.now(ZoneId.of("Europe/Paris")).minusYears(1).toString());
        browser.findElement(By.cssSelector("input[name=recommend][value=yes]")).click();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
