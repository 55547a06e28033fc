package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A quote request's round trip in headless Chromium, on a laptop and on a phone: a buyer asks a
 * shortlisted provider, the provider answers in its inbox without seeing who asked, and the buyer
 * reads the answer beside the published profile, flagged where it promises less; its contact
 * details reach the provider once it chooses to reveal them.
 */
@OnPlatform
class QuoteRequestBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private QuoteRequests quotes;

    @BeforeAll
    void start() {
        quotes = new QuoteRequests(platform);
    }

    @AfterAll
    void stop() {
        quotes.close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void aBuyerAsksTheProviderAnswersAndTheBuyerSeesTheAnswerBesideTheProfileWithAFlag(int width) {
        Browser.viewport(browser, width);
        String owner = api.signUp("PROVIDER", "Rhône Infogérance " + width);
        VendorProfiles profiles = new VendorProfiles(api);
        UUID provider = profiles.published(
                owner,
                "Rhône Infogérance " + width,
                "AGENCY",
                "Lyon",
                "69",
                List.of("HELPDESK"),
                VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_SEAT", 30));
        profiles.sla(owner, provider, "ON_CALL", 60);
        String sme = api.signUp("SME", "Cabinet Lumière " + width);
        quotes.requirements(sme, 10);
        String list = quotes.shortlist(sme, provider);

        Sessions.signIn(browser, platform, sme);
        browser.get(platform.address(platform.web) + "/my/shortlists/" + list + "/quotes/new");
        browser.findElement(By.cssSelector("input[name=providerId]")).click();
        browser.findElement(By.id("quoteCompany")).sendKeys("Cabinet Lumière");
        browser.findElement(By.id("quoteMessage")).sendKeys("Devis pour dix postes à Lyon, démarrage en janvier.");
        browser.findElement(By.cssSelector("[data-testid=send-quote]")).click();
        waitFor().until(ExpectedConditions.urlContains("ok=quoteSent"));

        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/quote-inbox");
        browser.findElement(By.cssSelector("[data-testid=inbox] a")).click();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Cabinet Lumière", "dix postes")
                .doesNotContain("@");
        assertThat(browser.findElements(By.cssSelector("[data-testid=contact-hidden]")))
                .hasSize(1);
        new Select(browser.findElement(By.id("pricingModel"))).selectByValue("MONTHLY_FIXED");
        browser.findElement(By.id("monthlyAmountEur")).sendKeys("280");
        browser.findElement(By.id("criticalResponseMinutes")).sendKeys("240");
        new Select(browser.findElement(By.id("afterHours"))).selectByValue("ON_CALL");
        browser.findElement(By.id("priceChangeNoticeDays")).sendKeys("90");
        browser.findElement(By.id("includedServices")).sendKeys("Support à distance et sauvegardes");
        browser.findElement(By.cssSelector("[data-testid=send-answer]")).click();
        waitFor().until(ExpectedConditions.urlContains("ok=quoteAnswered"));

        Sessions.signIn(browser, platform, sme);
        browser.get(platform.address(platform.web) + "/my/shortlists/" + list + "/quotes");
        String card =
                browser.findElement(By.cssSelector("[data-testid=quote-card]")).getText();
        assertThat(card).contains("Rhône Infogérance", "240 min", "60 min");
        assertThat(browser.findElement(By.cssSelector("[data-testid=contradictions]"))
                        .getText())
                .contains("Délai de réponse critique plus long que celui publié")
                .doesNotContain("au-dessus des prix");
        assertThat(Accessibility.horizontalOverflow(browser)).isZero();

        // the buyer shows its contact details to this provider only now, and writes to it
        browser.findElement(By.cssSelector("[data-testid=quote-card] h2 a")).click();
        browser.findElement(By.cssSelector("[data-testid=reveal]")).click();
        waitFor().until(ExpectedConditions.urlContains("ok=quoteRevealed"));
        browser.findElement(By.id("threadBody")).sendKeys("Pouvez-vous tenir 60 minutes comme publié ?");
        browser.findElement(By.cssSelector("#thread ~ form button[type=submit]"))
                .click();
        waitFor().until(ExpectedConditions.urlContains("ok=quoteMessage"));

        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/quote-inbox");
        browser.findElement(By.cssSelector("[data-testid=inbox] a")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=contact]")).getText())
                .contains("@");
        assertThat(browser.findElement(By.cssSelector("[data-testid=thread]")).getText())
                .contains("Pouvez-vous tenir 60 minutes comme publié ?");
    }

    private WebDriverWait waitFor() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class);
    }
}
