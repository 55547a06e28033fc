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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An SME owner without an account, on a laptop (1280 px) and on a phone (375 px): from the home
 * page to the advisor's questions, to its recommendations with their reasons, to the provider
 * search those recommendations filter.
 */
@OnPlatform
class AdvisorBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @BeforeAll
    void start() {
        VendorProfiles profiles = new VendorProfiles(api);
        String managed = api.signUp("PROVIDER", "Rhône Infogérance");
        UUID managedId = profiles.published(
                managed,
                "Rhône Infogérance",
                "AGENCY",
                "Lyon",
                "69",
                List.of("HELPDESK", "NETWORKS"),
                VendorProfiles.offer("Infogérance par utilisateur", "MONTHLY_FIXED", "PER_SEAT", 40));
        profiles.sla(managed, managedId, "ON_CALL", 60);
        String technician = api.signUp("PROVIDER", "Dépannage Express");
        UUID technicianId = profiles.published(
                technician,
                "Dépannage Express",
                "FREELANCE",
                "Villeurbanne",
                "69",
                List.of("HELPDESK"),
                VendorProfiles.offer("Dépannage à l’heure", "HOURLY", null, 50));
        profiles.sla(technician, technicianId, "NONE", 480);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void leadsFromTheQuestionsToTheReasonedAdviceToTheProvidersThatFitIt(int width) {
        Browser.viewport(browser, width);
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/");
        browser.findElement(By.cssSelector("[data-testid=home-advisor]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("advisor-form")));

        type("users", "12");
        type("workstations", "12");
        type("servers", "0");
        tick("needs-SUPPORT", "needs-CLOUD", "impact-SERIOUS", "when-OFFICE_HOURS", "when-EVENINGS", "strict-NO");
        tick("projects-NONE", "skills-NONE", "onSite-NO", "subcontracting-YES");
        browser.findElement(By.cssSelector("[data-testid=advisor-submit]")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=advisor-result]")));
        assertThat(browser.getCurrentUrl()).contains("/advisor/result?users=12");
        assertThat(browser.findElements(By.cssSelector("[data-testid^=recommendation-]")))
                .extracting(e -> e.getAttribute("data-testid"))
                .containsExactly("recommendation-MANAGED", "recommendation-SAAS");
        assertThat(browser.findElement(By.cssSelector("[data-testid=reason-managed-after-hours]"))
                        .getText())
                .contains("joignable en dehors des heures de travail");

        browser.findElement(By.cssSelector("[data-testid=search-MANAGED]")).click();

        waitFor().until(ExpectedConditions.urlContains("afterHours=ON_CALL"));
        assertThat(browser.getCurrentUrl()).contains("specialty=HELPDESK", "maxCriticalResponse=240");
        assertThat(browser.findElements(By.cssSelector("[data-testid=provider-card] .card-title")))
                .extracting(WebElement::getText)
                .containsExactly("Rhône Infogérance");
    }

    @Test
    void onAPhoneMissingAnswersAreSummarisedAtTheTopAndEachLeadsToItsField() {
        Browser.viewport(browser, 375);
        browser.get(platform.address(platform.web) + "/advisor");
        type("users", "douze");
        browser.findElement(By.cssSelector("[data-testid=advisor-submit]")).click();

        WebElement summary = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=error-summary]")));
        assertThat(summary.getText())
                .contains("Indiquez le nombre de personnes qui utilisent un ordinateur")
                .contains("Cochez au moins un besoin.");
        assertThat(browser.findElement(By.id("users")).getAttribute("value")).isEqualTo("douze");

        summary.findElement(By.tagName("a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("users");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void tick(String... ids) {
        for (String id : ids) {
            browser.findElement(By.id(id)).click();
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
