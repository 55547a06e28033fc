package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The provider's side in headless Chromium: creating, completing and publishing a profile; what buyers then see. */
@OnPlatform
class ProviderProfileBrowserIT {

    private Platform platform;
    private Api api;
    private VendorProfiles profiles;
    private WebDriver browser;

    @Test
    void createsADraftThroughTheFormAndPublishesItOnceTheSirenIsThere() {
        Sessions.signIn(browser, platform, api.signUp("PROVIDER", "Atelier Numérique Dupuis"));
        browser.get(platform.address(platform.web) + "/my/provider");
        browser.findElement(By.id("name")).sendKeys("Atelier Numérique Dupuis");
        browser.findElement(By.cssSelector("input[name=kind][value=AGENCY]")).click();
        browser.findElement(By.cssSelector("input[name=deliveryModes][value=ON_SITE]"))
                .click();
        browser.findElement(By.id("city")).sendKeys("Dijon");
        browser.findElement(By.cssSelector("input[name=specialties][value=HELPDESK]"))
                .click();
        browser.findElement(By.id("offerTitle")).sendKeys("Forfait infogérance");
        new Select(browser.findElement(By.id("pricingModel"))).selectByValue("MONTHLY_FIXED");
        browser.findElement(By.id("priceEur")).sendKeys("490");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=status]"), "Brouillon"));
        browser.findElement(By.cssSelector("[data-testid=publish]")).click();
        assertThat(waitFor()
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[data-testid=publish-error]")))
                        .getText())
                .contains("SIREN");

        browser.get(platform.address(platform.web) + "/my/provider/identity");
        browser.findElement(By.id("siren")).sendKeys(Api.randomSiren());
        browser.findElement(By.id("postcode")).sendKeys("21000");
        browser.findElement(By.cssSelector("[data-testid=save]")).click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=saved]"), "Identité enregistrée."));
        browser.findElement(By.cssSelector("[data-testid=publish]")).click();

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=status]"), "Publié"));
        browser.findElement(By.cssSelector("[data-testid=public-page]")).click();
        waitFor()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("[data-testid=provider-name]"), "Atelier Numérique Dupuis"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=facts]")).getText())
                .contains("Dijon (Bourgogne-Franche-Comté)");
    }

    @Test
    void showsTheErrorNextToAnInvalidSirenAndKeepsWhatWasTyped() {
        String owner = api.signUp("PROVIDER", "Siren Faux");
        api.createProvider(owner, "Siren Faux Informatique", "Lille", "NETWORKS", "Réseaux pour PME.");
        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/provider/identity");
        WebElement siren = browser.findElement(By.id("siren"));
        siren.clear();
        siren.sendKeys("732 829 321");
        browser.findElement(By.id("teamSize")).sendKeys("12");
        browser.findElement(By.cssSelector("[data-testid=save]")).click();

        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("siren-error")));
        assertThat(error.getText()).startsWith("Ce SIREN n’est pas valide");
        assertThat(browser.findElement(By.id("teamSize")).getAttribute("value")).isEqualTo("12");
        assertThat(browser.findElement(By.id("siren")).getAttribute("value")).isEqualTo("732 829 321");
    }

    @Test
    void keepsWhatTheOwnerTypedWhenSomeoneElseSavedTheSlaFirst() {
        String owner = api.signUp("PROVIDER", "Concurrence SLA");
        UUID id = api.createProvider(owner, "Concurrence SLA", "Caen", "HELPDESK", "Support.");
        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/provider/sla");
        browser.findElement(By.cssSelector("input[name=afterHours][value=ON_CALL]"))
                .click();
        browser.findElement(By.id("criticalResponseMinutes")).sendKeys("30");
        profiles.sla(owner, id, "NONE", 240);

        browser.findElement(By.cssSelector("[data-testid=save]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=conflict]")));
        assertThat(browser.findElement(By.id("criticalResponseMinutes")).getAttribute("value"))
                .isEqualTo("30");
        browser.findElement(By.cssSelector("[data-testid=save]")).click();

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=saved]"), "SLA enregistré."));
        assertThat(((Map<?, ?>) api.provider(id).get("sla")).get("criticalResponseMinutes"))
                .isEqualTo(30);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {375, 1280})
    void warnsTheOwnerBeforeARiseWithShortNoticeThenShowsBuyersEveryChange(int width) {
        String owner = api.signUp("PROVIDER", "Hausse Rapide " + width);
        UUID id = api.createProvider(owner, "Hausse Rapide " + width, "Reims", "HELPDESK", "Infogérance.");
        Sessions.signIn(browser, platform, owner);
        Browser.viewport(browser, width);
        try {
            browser.get(platform.address(platform.web) + "/my/provider/offers");
            browser.findElement(By.linkText("Modifier")).click();
            assertThat(browser.findElement(By.cssSelector("[data-testid=current-price]"))
                            .getText())
                    .startsWith("Prix actuel : 450");
            WebElement price = browser.findElement(By.id("priceEur"));
            price.clear();
            price.sendKeys("540");
            Sessions.setDate(
                    browser,
                    browser.findElement(By.id("priceEffectiveFrom")),
                    LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10).toString());
            browser.findElement(By.cssSelector("[data-testid=save]")).click();

            assertThat(waitFor()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("priceEffectiveFrom-error")))
                            .getText())
                    .startsWith("Cette hausse s’applique dans 10 jours alors que vous avez promis 30 jours de préavis");
            assertFitsAndIsAccessible();
            browser.findElement(By.cssSelector("[data-testid=confirm-short-notice]"))
                    .click();
            browser.findElement(By.cssSelector("[data-testid=save]")).click();
            waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector(".notice"), "Enregistré."));
            assertThat(browser.findElement(By.cssSelector("[data-testid=my-scheduled-price]"))
                            .getText())
                    .contains("540");
            assertFitsAndIsAccessible();

            browser.get(platform.address(platform.web) + "/providers/" + id);
            assertThat(browser.findElement(By.cssSelector("[data-testid=short-notice]"))
                            .getText())
                    .isEqualTo("Hausse annoncée avec un préavis plus court que promis");
            WebElement change = browser.findElement(By.cssSelector("[data-testid=price-change]"));
            assertThat(change.getText())
                    .contains("À venir", "+20 %", "Préavis non respecté : annoncé 10 jours avant, alors que 30 jours");
            assertThat(browser.findElements(By.cssSelector("[data-testid=price-chart] circle")))
                    .hasSize(2);
            assertFitsAndIsAccessible();
        } finally {
            Browser.viewport(browser, 1280);
        }
    }

    @Test
    void showsBuyersEverySectionOfTheProfile() {
        String owner = api.signUp("PROVIDER", "Santé Numérique");
        UUID id = profiles.published(
                owner,
                "Santé Numérique Lyon",
                "AGENCY",
                "Lyon",
                "69",
                List.of("HELPDESK", "CYBERSECURITY"),
                VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_DEVICE", 42));
        profiles.sla(owner, id, "ON_CALL", 30);
        profiles.practices(owner, id, "Astreinte, diagnostic à distance dans l’heure, rapport sous 48 h");
        profiles.claim(owner, id, "HDS", "Certificat HDS n° 2025-118");
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + id);

        assertThat(browser.findElement(By.cssSelector("[data-testid=after-hours]"))
                        .getText())
                .startsWith("Astreinte");
        assertThat(browser.findElement(By.cssSelector("[data-testid=sla-targets]"))
                        .getText())
                .contains("30 min");
        assertThat(browser.findElement(By.cssSelector("[data-testid=subcontracting]"))
                        .getText())
                .isEqualTo("Ne sous-traite pas.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=due-diligence]"))
                        .getText())
                .contains("Santé", "diagnostic à distance dans l’heure");
        assertThat(browser.findElement(By.cssSelector("[data-testid=claim-HDS] [data-testid=claim-status]"))
                        .getText())
                .isEqualTo("Déclaré");
        assertThat(browser.findElement(By.cssSelector("[data-testid=areas]")).getText())
                .isEqualTo("Rhône (69)");
        assertThat(browser.findElement(By.cssSelector("[data-testid=offer-price]"))
                        .getText())
                .contains("/ poste / mois");
    }

    @Test
    void letsAModeratorVerifyAClaimFromTheProviderPage() {
        String owner = api.signUp("PROVIDER", "Certifiée");
        UUID id = api.createProvider(owner, "Certifiée Sécurité", "Nancy", "CYBERSECURITY", "Audits.");
        profiles.claim(owner, id, "ISO_27001", "Certificat AFNOR n° 2024/311");
        Sessions.signIn(browser, platform, Sessions.moderator(platform));
        browser.get(platform.address(platform.web) + "/providers/" + id);
        browser.findElement(By.cssSelector("[data-testid=verify-ISO_27001]")).click();

        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".notice"), "Décision enregistrée."));
        assertThat(browser.findElement(By.cssSelector("[data-testid=claim-ISO_27001] [data-testid=claim-status]"))
                        .getText())
                .isEqualTo("✓ Vérifié");
        assertThat(browser.findElement(By.cssSelector("[data-testid=verified-claims]"))
                        .getText())
                .contains("1");
    }

    private void assertFitsAndIsAccessible() {
        assertThat(Accessibility.horizontalOverflow(browser))
                .as(
                        "sideways scrolling at %s; wider than the screen: %s",
                        browser.getCurrentUrl(), Accessibility.widestElements(browser))
                .isZero();
        assertThat(Accessibility.seriousViolations(browser))
                .as("axe-core at %s", browser.getCurrentUrl())
                .isEmpty();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
