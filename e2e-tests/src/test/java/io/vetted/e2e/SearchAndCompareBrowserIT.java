package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A buyer in headless Chromium, on a laptop (1280 px) and on a phone (375 px, where the filters open
 * in a drawer and the menu behind a button): narrowing the search with filters and facets, then
 * comparing providers.
 */
@OnPlatform
class SearchAndCompareBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @BeforeAll
    void start() {
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
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void narrowsTheResultsWithTextFiltersAndFacetsWithoutReloadingThePage(int width) {
        fresh(width);
        browser.get(platform.address(platform.web) + "/");
        ((JavascriptExecutor) browser).executeScript("window.vettedMarker = 'same page'");
        browser.findElement(By.id("q")).sendKeys("support");
        waitFor().until(ExpectedConditions.urlContains("q=support"));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=result-count]"), "2 prestataires"));
        openFiltersIfInADrawer();
        // a keystroke's late answer may still replace the panel: read and act on the element found last
        waitFor().until(ExpectedConditions.textToBe(facetCount("SERVERS_INFRASTRUCTURE"), "1"));

        waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
            new Select(driver.findElement(By.id("afterHours"))).selectByValue("TWENTY_FOUR_SEVEN");
            return true;
        });

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=result-count]"), "1 prestataire"));
        closeFiltersIfInADrawer();
        assertThat(browser.findElements(By.cssSelector("[data-testid=provider-card] .card-title")))
                .extracting(WebElement::getText)
                .containsExactly("Alpes Infogérance");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.vettedMarker"))
                .isEqualTo("same page");
        assertThat(browser.getCurrentUrl()).contains("afterHours=TWENTY_FOUR_SEVEN");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void findsProvidersServingADepartmentOnSite(int width) {
        fresh(width);
        browser.get(platform.address(platform.web) + "/?department=74");

        assertThat(browser.findElements(By.cssSelector("[data-testid=provider-card] .card-title")))
                .extracting(WebElement::getText)
                .containsExactly("Savoie Support");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void comparesTwoProvidersWithTheMonthlyCostOfTheBuyersFleet(int width) {
        fresh(width);
        browser.get(platform.address(platform.web) + "/?specialty=HELPDESK");
        List<WebElement> add = waitFor()
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-add]"), 2));
        add.get(0).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-added]"), 1));
        browser.findElement(By.cssSelector("[data-testid=compare-add]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-added]"), 2));

        openMenuIfCollapsed();
        browser.findElement(By.cssSelector("[data-testid=nav-compare]")).click();
        waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-provider]"), 2));
        setNumber("workstations", "10");
        setNumber("servers", "2");
        setNumber("hours", "3");

        // the estimate follows each field as it is typed: wait for the last one, not an earlier update
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=row-estimate]"), "3 h × 55"));
        String estimates = browser.findElement(By.cssSelector("[data-testid=row-estimate]"))
                .getText();
        assertThat(estimates).contains("12 postes et serveurs × 30", "3 h × 55", "165");
        // each provider's total, never a single cheap line: the fixed fee says the call-outs it leaves out
        String totals =
                browser.findElement(By.cssSelector("[data-testid=row-total]")).getText();
        assertThat(totals).contains("/ an", "forfait mensuel pour votre parc", "heures de travail à la demande");
        assertThat(totals).contains("ne sont pas inclus dans le forfait");
        assertThat(browser.findElements(By.cssSelector(".estimates li.cheapest")))
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid=row-after-hours]"))
                        .getText())
                .contains("24 h/24", "Astreinte");
    }

    @Test
    void onAPhoneTheFiltersOpenInADrawerThatKeepsTheFocusAndShowsTheCount() {
        fresh(375);
        browser.get(platform.address(platform.web) + "/?q=support");
        WebElement toggle = browser.findElement(By.cssSelector("[data-testid=filters-toggle]"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=filters]")).isDisplayed())
                .isFalse();
        assertThat(toggle.getText()).isEqualTo("Filtres");

        toggle.click();
        new Select(browser.findElement(By.id("afterHours"))).selectByValue("TWENTY_FOUR_SEVEN");
        waitFor()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("[data-testid=filters-show]"), "Afficher 1 résultat"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("afterHours");
        browser.findElement(By.cssSelector("[data-testid=filters-show]")).click();

        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=filters]")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("results");
        assertThat(browser.findElement(By.cssSelector("[data-testid=filters-toggle]"))
                        .getText())
                .isEqualTo("Filtres (1)");
        waitFor().until(d -> announced(d).equals("1 prestataire"));
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void aKeyboardUserReachesTheFirstResultInAHandfulOfTabPresses(int width) {
        fresh(width);
        browser.get(platform.address(platform.web) + "/?q=support");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip-link");
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        WebElement first = browser.findElement(By.cssSelector("[data-testid=provider-card] .card-title"));
        int presses = 0;
        while (presses < 10 && !first.equals(browser.switchTo().activeElement())) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            presses++;
        }
        // from the skip link's target: the phone's filter toggle, the sort, the "search the exact
        // text" link of what the search understood ("support" is read as a specialty), the first card
        assertThat(presses).isLessThanOrEqualTo(6);
    }

    @Test
    void aLiveUpdateKeepsTheFocusInTheSearchFieldAndAnnouncesTheCountOnly() {
        fresh(1280);
        browser.get(platform.address(platform.web) + "/");
        browser.findElement(By.id("q")).sendKeys("cyber");

        waitFor().until(d -> announced(d).equals("1 prestataire"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        assertThat(browser.findElement(By.id("search-body")).getAttribute("aria-live"))
                .isNull();
    }

    /** The live region is visually hidden, so WebDriver's visible text would be empty: read its content. */
    private static String announced(WebDriver browser) {
        return browser.findElement(By.id("search-status")).getAttribute("textContent");
    }

    private void fresh(int width) {
        Browser.viewport(browser, width);
        browser.manage().deleteAllCookies();
    }

    /** On a phone the filters wait behind a "Filtres (n)" button; on a laptop they are always there. */
    private void openFiltersIfInADrawer() {
        WebElement toggle = browser.findElement(By.cssSelector("[data-testid=filters-toggle]"));
        if (toggle.isDisplayed()) {
            toggle.click();
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("afterHours")));
        }
    }

    private void closeFiltersIfInADrawer() {
        WebElement show = browser.findElement(By.cssSelector("[data-testid=filters-show]"));
        if (show.isDisplayed()) {
            show.click();
            waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("afterHours")));
        }
    }

    private void openMenuIfCollapsed() {
        WebElement menu = browser.findElement(By.cssSelector("[data-menu-toggle]"));
        if (menu.isDisplayed()) {
            menu.click();
        }
    }

    private static By facetCount(String value) {
        return By.xpath("//input[@value='" + value + "']/following-sibling::span[@class='count']");
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
