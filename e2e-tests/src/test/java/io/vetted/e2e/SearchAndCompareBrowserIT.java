package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A buyer in headless Chromium: narrowing the search with filters and facets, then comparing providers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndCompareBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @BeforeAll
    void start() {
        platform = Platform.start(getClass());
        api = new Api(platform);
        VendorProfiles profiles = new VendorProfiles(api);
        String alpes = api.signUp("PROVIDER", "Alpes Infogérance");
        UUID alpesId = profiles.published(
                alpes,
                "Alpes Infogérance",
                "AGENCY",
                "Grenoble",
                "38",
                List.of("HELPDESK", "SERVERS_INFRASTRUCTURE"),
                VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_DEVICE", 30));
        profiles.sla(alpes, alpesId, "TWENTY_FOUR_SEVEN", 30);
        String savoie = api.signUp("PROVIDER", "Savoie Support");
        UUID savoieId = profiles.published(
                savoie,
                "Savoie Support",
                "FREELANCE",
                "Annecy",
                "74",
                List.of("HELPDESK"),
                VendorProfiles.offer("Dépannage à l’heure", "HOURLY", null, 55));
        profiles.sla(savoie, savoieId, "ON_CALL", 120);
        profiles.published(
                api.signUp("PROVIDER", "Lyon Cyber"),
                "Lyon Cyber Conseil",
                "AGENCY",
                "Lyon",
                "69",
                List.of("CYBERSECURITY"),
                VendorProfiles.offer("Audit de sécurité", "PROJECT", null, 0));
        browser = Browser.chromium("fr");
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
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
    void narrowsTheResultsWithTextFiltersAndFacetsWithoutReloadingThePage() {
        browser.manage().deleteAllCookies();
        browser.get(platform.web.url() + "/");
        ((JavascriptExecutor) browser).executeScript("window.vettedMarker = 'same page'");
        browser.findElement(By.id("q")).sendKeys("support");
        waitFor().until(ExpectedConditions.urlContains("q=support"));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=result-count]"), "2 prestataire(s)"));
        assertThat(facetCount("SERVERS_INFRASTRUCTURE")).isEqualTo("1");

        new Select(browser.findElement(By.id("afterHours"))).selectByValue("TWENTY_FOUR_SEVEN");

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=result-count]"), "1 prestataire(s)"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=provider-card] .card-title")))
                .extracting(WebElement::getText)
                .containsExactly("Alpes Infogérance");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.vettedMarker"))
                .isEqualTo("same page");
        assertThat(browser.getCurrentUrl()).contains("afterHours=TWENTY_FOUR_SEVEN");
    }

    @Test
    void findsProvidersServingADepartmentOnSite() {
        browser.manage().deleteAllCookies();
        browser.get(platform.web.url() + "/?department=74");

        assertThat(browser.findElements(By.cssSelector("[data-testid=provider-card] .card-title")))
                .extracting(WebElement::getText)
                .containsExactly("Savoie Support");
    }

    @Test
    void comparesTwoProvidersWithTheMonthlyCostOfTheBuyersFleet() {
        browser.manage().deleteAllCookies();
        browser.get(platform.web.url() + "/?specialty=HELPDESK");
        List<WebElement> add = waitFor()
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-add]"), 2));
        add.get(0).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-added]"), 1));
        browser.findElement(By.cssSelector("[data-testid=compare-add]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-added]"), 2));

        browser.findElement(By.cssSelector("[data-testid=nav-compare]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-provider]"), 2));
        setNumber("workstations", "10");
        setNumber("servers", "2");
        setNumber("hours", "3");

        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=row-estimate]"), "360"));
        String estimates = browser.findElement(By.cssSelector("[data-testid=row-estimate]"))
                .getText();
        assertThat(estimates).contains("12 poste(s) et serveur(s) × 30", "3 h × 55", "165");
        assertThat(browser.findElement(By.cssSelector("[data-testid=row-after-hours]"))
                        .getText())
                .contains("24 h/24", "Astreinte");
    }

    private String facetCount(String value) {
        return browser.findElement(By.xpath("//input[@value='" + value + "']/following-sibling::span[@class='count']"))
                .getText();
    }

    private void setNumber(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
