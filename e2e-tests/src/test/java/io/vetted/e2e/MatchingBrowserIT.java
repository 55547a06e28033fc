package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An SME whose requirements are saved (through the real buyer API), on a laptop and on a phone:
 * "Providers for my needs" ranks the real providers of vendor-service, each with its match sheet
 * and the estimator's total for the fleet, and explains the ranking.
 */
@OnPlatform
class MatchingBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private String sme;

    @BeforeAll
    void start() throws Exception {
        VendorProfiles profiles = new VendorProfiles(api);
        String managed = api.signUp("PROVIDER", "Alpes Infogérance");
        UUID managedId = profiles.published(
                managed,
                "Alpes Infogérance",
                "AGENCY",
                "Gap",
                "05",
                List.of("HELPDESK", "NETWORKS"),
                VendorProfiles.offer("Infogérance par poste", "MONTHLY_FIXED", "PER_DEVICE", 30));
        profiles.sla(managed, managedId, "TWENTY_FOUR_SEVEN", 60);
        String technician = api.signUp("PROVIDER", "Briançon Dépannage");
        UUID technicianId = profiles.published(
                technician,
                "Briançon Dépannage",
                "FREELANCE",
                "Briançon",
                "05",
                List.of("HELPDESK"),
                VendorProfiles.offer("Dépannage à l’heure", "HOURLY", null, 50));
        profiles.sla(technician, technicianId, "NONE", 480);

        sme = api.signUp("SME", "Hôtel des Écrins");
        try (HttpClient buyer =
                HttpClient.create(URI.create(platform.address(platform.buyer)).toURL())) {
            buyer.toBlocking()
                    .exchange(
                            HttpRequest.PUT(
                                            "/api/buyer/requirements",
                                            Map.of(
                                                    "fleet",
                                                    Map.of("users", 10, "workstations", 10, "servers", 0),
                                                    "departments",
                                                    List.of("05"),
                                                    "specialties",
                                                    List.of("HELPDESK", "NETWORKS"),
                                                    "afterHours",
                                                    "ON_CALL",
                                                    "maxCriticalResponseMinutes",
                                                    120,
                                                    "maxMonthlyBudgetEur",
                                                    500))
                                    .bearerAuth(sme),
                            Argument.mapOf(String.class, Object.class));
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void anSmeSeesProvidersRankedByFitEachWithItsMatchSheetAndCost(int width) {
        Browser.viewport(browser, width);
        Sessions.signIn(browser, platform, sme);
        browser.get(platform.address(platform.web) + "/my/matches");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=matching]")));

        assertThat(browser.findElements(By.cssSelector("[data-testid=match-name]")))
                .extracting(WebElement::getText)
                .containsExactly("Alpes Infogérance", "Briançon Dépannage");
        List<WebElement> matches = browser.findElements(By.cssSelector("[data-testid=match]"));
        assertThat(plain(matches.get(0).findElement(By.cssSelector("[data-testid=match-cost]"))))
                .contains("300 € par mois, soit 3 600 € par an (HT)")
                .contains("déplacements sur site ne sont pas inclus");
        assertThat(matches.get(1)
                        .findElement(By.cssSelector("[data-testid=line-CRITICAL_RESPONSE]"))
                        .getText())
                .contains("Non remplie", "480 min, pour 120 min au plus demandées");
        assertThat(matches.get(1)
                        .findElement(By.cssSelector("[data-testid=line-SPECIALTIES]"))
                        .getText())
                .contains("En partie");
        assertThat(browser.findElement(By.cssSelector("[data-testid=ranking-rule]"))
                        .getText())
                .contains("Comment ce classement est établi");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        assertThat(Accessibility.horizontalOverflow(browser)).isZero();
    }

    /** The text with French money's non-breaking spaces as plain ones. */
    private static String plain(WebElement element) {
        return element.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
