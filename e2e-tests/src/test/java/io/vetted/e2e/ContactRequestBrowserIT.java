package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Talk to the current clients": a prospect asks, the author decides, contact details flow only on consent. */
@OnPlatform
class ContactRequestBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private UUID provider;

    @BeforeAll
    void start() {
        provider = api.publishedProvider(
                api.signUp("PROVIDER", "Lorraine Infogérance"),
                "Lorraine Infogérance",
                "Metz",
                "SERVERS_INFRASTRUCTURE",
                null);
    }

    @Test
    void aProspectAsksTheAuthorWhoAcceptsAndOnlyThenSharesTheirContact() {
        String author = api.signUp("SME", "Brasserie de Metz");
        api.postReference(author, provider, 5, "Serveurs surveillés 24 h/24, aucune panne en deux ans.");
        String requester = api.signUp("SME", "Imprimerie Messine");
        Sessions.signIn(browser, platform, requester);
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        referenceWithText("aucune panne")
                .findElement(By.cssSelector("[data-testid=contact-author]"))
                .click();
        browser.findElement(By.id("company")).sendKeys("Imprimerie Messine");
        browser.findElement(By.id("message")).sendKeys("Comment se passent les astreintes le week-end ?");
        browser.findElement(By.id("send-contact-request")).click();
        WebElement sent = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sent-request]")));
        assertThat(sent.getText()).contains("En attente").doesNotContain("@");

        Sessions.signIn(browser, platform, author);
        browser.get(platform.address(platform.web) + "/my/contact-requests");
        WebElement received = browser.findElement(By.cssSelector("[data-testid=received-request]"));
        assertThat(received.getText())
                .contains("Imprimerie Messine", "Comment se passent les astreintes le week-end ?");
        received.findElement(By.cssSelector("textarea[name=contactDetails]"))
                .sendKeys("Paul, 03 87 00 00 00, le matin");
        received.findElement(By.cssSelector("[data-testid=accept-request]")).click();
        waitFor().until(ExpectedConditions.urlContains("done=accepted"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=request-status]"))
                        .getText())
                .isEqualTo("Acceptée");

        Sessions.signIn(browser, platform, requester);
        browser.get(platform.address(platform.web) + "/my/contact-requests");
        assertThat(browser.findElement(By.cssSelector("[data-testid=shared-contact]"))
                        .getText())
                .contains("Paul, 03 87 00 00 00, le matin");
    }

    @Test
    void anAuthorWhoRefusedContactOffersNoWayToAsk() {
        Map<String, Object> body = Api.referenceBody(4, "Bon prestataire, mais je préfère ne pas être contacté.");
        body.put("contactAllowed", false);
        api.postReference(api.signUp("SME", "Pâtisserie Discrète"), provider, body, null);
        Sessions.signIn(browser, platform, api.signUp("SME", "Curieux SARL"));
        browser.get(platform.address(platform.web) + "/providers/" + provider);

        assertThat(referenceWithText("ne pas être contacté")
                        .findElements(By.cssSelector("[data-testid=contact-author]")))
                .isEmpty();
    }

    private WebElement referenceWithText(String text) {
        return browser.findElements(By.cssSelector("[data-testid=reference]")).stream()
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
