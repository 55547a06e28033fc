package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What readers are told about trust: the disclosure page, who vouched, "under review", edits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @BeforeAll
    void start() {
        platform = Platform.start(getClass(), Sessions.withModerator());
        api = new Api(platform);
        browser = Browser.chromium("fr");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        api.close();
        platform.close();
    }

    @Test
    void aVisitorReachesHowReferencesWorkFromAProviderPageInFrenchAndInEnglish() {
        String owner = api.signUp("PROVIDER", "Armor Infogérance");
        UUID provider = api.publishedProvider(owner, "Armor Infogérance", "Brest", "HELPDESK", null);
        browser.manage().deleteAllCookies();
        browser.get(platform.web.url() + "/providers/" + provider);

        browser.findElement(By.cssSelector("#references [data-testid=how-references-work-link]"))
                .click();

        waitFor().until(ExpectedConditions.urlContains("/how-references-work"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Comment fonctionnent les avis");
        assertThat(browser.findElement(By.cssSelector("[data-testid=how-label-ENGAGEMENT_CONFIRMED]"))
                        .getText())
                .contains("La parole du prestataire", "Compte comme vérifié : Non");
        assertThat(browser.findElement(By.cssSelector("[data-testid=how-payment]"))
                        .getText())
                .contains("Personne n’est payé");
        assertThat(browser.findElement(By.cssSelector("[data-testid=how-report]"))
                        .getText())
                .contains("même sans compte");

        browser.findElement(By.cssSelector("button.lang[value=en]")).click();
        waitFor().until(d -> d.findElement(By.tagName("h1")).getText().equals("How references work"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=how-under-review]"))
                        .getText())
                .contains("It does not count in the provider’s rating until a moderator has looked at it.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=how-retention]"))
                        .getText())
                .contains("A reference stays online until its author withdraws it.");
    }

    private WebDriverWait waitFor() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class);
    }
}
