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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Reports and disputes reach the moderators' queue; moderators hide with a public reason, restore, decide. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private String providerToken;
    private UUID provider;
    private String moderator;

    @BeforeAll
    void start() {
        platform = Platform.start(getClass(), Sessions.withModerator());
        api = new Api(platform);
        providerToken = api.signUp("PROVIDER", "Provence Réseaux");
        provider = api.publishedProvider(providerToken, "Provence Réseaux", "Marseille", "NETWORKS", null);
        moderator = Sessions.moderator(platform);
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
    void aReportedReferenceIsHiddenByAModeratorWithAPublicReasonThenRestored() {
        api.postReference(
                api.signUp("SME", "Savonnerie du Panier"),
                provider,
                1,
                "Le technicien Marc D., 06 11 22 33 44, est incompétent.");
        Sessions.signIn(browser, platform, api.signUp("SME", "Bastide des Lices"));
        browser.get(platform.web.url() + "/providers/" + provider);
        referenceWithText("incompétent")
                .findElement(By.cssSelector("[data-testid=report-reference]"))
                .click();
        new Select(browser.findElement(By.id("choice"))).selectByValue("PERSONAL_DATA");
        browser.findElement(By.id("text")).sendKeys("Nom et téléphone d'un salarié.");
        browser.findElement(By.id("send-report")).click();
        waitFor().until(ExpectedConditions.urlContains("reported=true"));

        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.web.url() + "/moderation");
        WebElement item = queueItemWithText("incompétent");
        assertThat(item.findElement(By.cssSelector("[data-testid=queue-report]"))
                        .getText())
                .contains("Données personnelles", "Nom et téléphone d'un salarié.");
        item.findElement(By.cssSelector("input[name=text]")).sendKeys("Données personnelles d'un salarié");
        item.findElement(By.cssSelector("[data-testid=hide]")).click();
        waitFor().until(ExpectedConditions.stalenessOf(item));

        browser.get(platform.web.url() + "/providers/" + provider);
        WebElement hidden = browser.findElement(By.cssSelector("[data-testid=hidden-reference]"));
        assertThat(hidden.getText())
                .contains("Référence masquée par la modération : Données personnelles d'un salarié");
        assertThat(browser.getPageSource()).doesNotContain("06 11 22 33 44");

        WebElement restore = browser.findElement(By.cssSelector("[data-testid=restore]"));
        restore.click();
        waitFor().until(ExpectedConditions.stalenessOf(restore));
        assertThat(browser.getPageSource()).contains("06 11 22 33 44");
    }

    @Test
    void aDisputedReferenceIsLabelledUntilTheModeratorUpholdsTheDispute() {
        api.postReference(api.signUp("SME", "Société Fantôme"), provider, 1, "Jamais vu un prestataire aussi lent.");
        Sessions.signIn(browser, platform, providerToken);
        browser.get(platform.web.url() + "/providers/" + provider);
        WebElement reference = referenceWithText("aussi lent");
        reference.findElement(By.cssSelector("[data-testid=dispute-toggle]")).click();
        reference
                .findElement(By.cssSelector("[data-testid=dispute-toggle] + form textarea"))
                .sendKeys("Aucun contrat ni facture avec cette société.");
        reference.findElement(By.cssSelector("[data-testid=send-dispute]")).click();
        waitFor().until(ExpectedConditions.stalenessOf(reference));
        assertThat(referenceWithText("aussi lent").getText()).contains("Contesté");

        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.web.url() + "/moderation");
        WebElement item = queueItemWithText("aussi lent");
        assertThat(item.findElement(By.cssSelector("[data-testid=queue-dispute]"))
                        .getText())
                .contains("Aucun contrat");
        new Select(item.findElement(By.cssSelector("select[name=choice]"))).selectByValue("UPHELD");
        item.findElement(By.cssSelector("form[action*=decision] input[name=text]"))
                .sendKeys("Mission non démontrée par le client");
        item.findElement(By.cssSelector("[data-testid=decide]")).click();
        waitFor().until(ExpectedConditions.stalenessOf(item));

        browser.get(platform.web.url() + "/providers/" + provider);
        assertThat(browser.findElements(By.cssSelector("[data-testid=hidden-reference]")))
                .anySatisfy(h -> assertThat(h.getText()).contains("Mission non démontrée par le client"));
    }

    private WebElement referenceWithText(String text) {
        return browser.findElements(By.cssSelector("[data-testid=reference]")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    private WebElement queueItemWithText(String text) {
        return browser.findElements(By.cssSelector("[data-testid=queue-item]")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    private WebDriverWait waitFor() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class);
    }
}
