package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Clients write, edit and withdraw references; providers invite, confirm and reply; readers filter. */
@OnPlatform
class ReferenceBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private String providerToken;
    private UUID provider;

    /**
     * A provider of its own per test (five references on one provider in a day are a burst, held for
     * review), on a laptop unless the test says otherwise.
     */
    @BeforeEach
    void provider() {
        Browser.viewport(browser, 1280);
        providerToken = api.signUp("PROVIDER", "Loire Numérique");
        provider = api.publishedProvider(providerToken, "Loire Numérique", "Nantes", "CLOUD_SAAS", null);
    }

    /** On a laptop and on a phone: the form and the page it returns to fit the screen. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void aClientWritesADetailedReferenceAndSeesItWithItsLabelCriteriaAndTheDistribution(int width) {
        Browser.viewport(browser, width);
        Sessions.signIn(
                browser, platform, knownClient("Chantiers de l'Atlantique Sud").accessToken());
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        browser.findElement(By.id("write-reference")).click();
        // a comment of its own per width: the same words twice are a near-duplicate, held for review
        String comment = width > 375
                ? "Migration Microsoft 365 sans coupure, équipe très disponible."
                : "Sauvegardes externalisées remises en ordre en deux semaines, tests de reprise compris.";
        fillForm("Biscuiterie Nantaise", 5, comment);
        browser.findElement(By.cssSelector("input[name=dataSecurity][value='4']"))
                .click();
        assertThat(Accessibility.horizontalOverflow(browser))
                .as("sideways scroll on the form")
                .isZero();
        browser.findElement(By.id("submit-reference")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(Accessibility.horizontalOverflow(browser))
                .as("sideways scroll on the page")
                .isZero();
        WebElement reference = reference("Biscuiterie Nantaise");
        assertThat(reference.getText())
                .as("published at once, not held for review")
                .doesNotContain("Non compté dans la note")
                .contains("Non vérifié", "Sécurité des données", "Client actuel", comment);
        assertThat(browser.findElement(By.cssSelector("[data-testid=distribution-5]"))
                        .getText())
                .isNotEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("[data-testid=criterion-DATA_SECURITY]"))
                        .getText())
                .isNotBlank();
    }

    @Test
    void theClientEditsTheirReferenceThenWithdrawsIt() {
        String client = knownClient("Conserverie Vendéenne").accessToken();
        api.postReference(client, provider, 2, "Premiers mois compliqués, à suivre.");
        Sessions.signIn(browser, platform, client);

        browser.get(platform.address(platform.web) + "/my/references");
        browser.findElement(By.linkText("Modifier")).click();
        WebElement comment = browser.findElement(By.id("comment"));
        comment.clear();
        comment.sendKeys("Après six mois, service redressé et stable.");
        browser.findElement(By.cssSelector("input[name=rating][value='4']")).click();
        browser.findElement(By.id("submit-reference")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".notice"), "la version précédente est conservée"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=my-reference]"))
                        .getText())
                .contains("Après six mois", "modifiée le");

        browser.findElement(By.cssSelector("[data-testid=my-reference] .link-button"))
                .click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=my-reference-status]"), "Retirée"));
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        assertThat(browser.getPageSource()).doesNotContain("Après six mois, service redressé");
    }

    @Test
    void theProviderInvitesAClientWhoWritesThroughTheLinkAndGetsTheInvitedLabel() {
        Api.Account client = knownClient("Hôtel de la Duchesse");
        Sessions.signIn(browser, platform, providerToken);
        browser.get(platform.address(platform.web) + "/my/clients");
        browser.findElement(By.id("email")).sendKeys(client.email());
        browser.findElement(By.id("invite")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=action-done]"), "e-mail"));
        String link = platform.mail().link(client.email(), "/invitations/");

        Sessions.signIn(browser, platform, client.accessToken());
        browser.get(link);
        browser.findElement(By.id("accept-invitation")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=invited-as]"))
                        .getText())
                .contains("Loire Numérique");
        fillForm("Hôtel de la Duchesse", 4, "Invités par Loire Numérique : réactifs et pédagogues.");
        browser.findElement(By.id("submit-reference")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(reference("Hôtel de la Duchesse").getText()).contains("Invité par le prestataire");
    }

    @Test
    void theProviderConfirmsTheEngagementAndRepliesOnItsPage() {
        api.postReference(
                knownClient("Librairie Coiffard").accessToken(), provider, 3, "Correct, mais facturation peu lisible.");
        Sessions.signIn(browser, platform, providerToken);
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        WebElement reference = referenceWithText("facturation peu lisible");
        reference
                .findElement(By.cssSelector("[data-testid=confirm-engagement]"))
                .click();
        Browser.awaitReplaced(browser, reference);
        assertThat(referenceWithText("facturation peu lisible").getText()).contains("Mission confirmée");

        reference = referenceWithText("facturation peu lisible");
        reference.findElement(By.cssSelector("[data-testid=reply-toggle]")).click();
        reference
                .findElement(By.cssSelector("textarea[name=text]"))
                .sendKeys("Merci, nos factures détaillent désormais chaque ligne.");
        reference.findElement(By.cssSelector("[data-testid=send-reply]")).click();

        Browser.awaitReplaced(browser, reference);
        assertThat(referenceWithText("facturation peu lisible").getText())
                .containsIgnoringCase("Réponse du prestataire")
                .contains("détaillent désormais");
    }

    @Test
    void readersFilterVerifiedReferencesWithoutLeavingThePage() {
        Api.Account client = knownClient("Menuiserie Erdre");
        Map<String, Object> checked = api.postReference(
                        client.accessToken(), provider, 5, "Facture à l'appui, intervention rapide.")
                .body();
        api.evidenceAccepted(client.accessToken(), (String) checked.get("id"), Sessions.moderator(platform));
        Map<String, Object> confirmed = api.postReference(
                        knownClient("Cave Coopérative").accessToken(),
                        provider,
                        4,
                        "Confirmée par le prestataire seulement.")
                .body();
        api.reviewCall(HttpRequest.POST("/api/references/" + confirmed.get("id") + "/confirmation", Map.of())
                .bearerAuth(providerToken));
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        String url = browser.getCurrentUrl();

        browser.findElement(By.id("verified")).click();

        // only what Vetted checked itself: the provider's confirmation is its own word
        waitFor()
                .until(d -> d.findElements(By.cssSelector("[data-testid=reference]")).stream()
                        .allMatch(r -> r.getText().contains("Preuve de mission vérifiée")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        assertThat(browser.findElements(By.cssSelector("[data-testid=reference]")))
                .anySatisfy(r -> assertThat(r.getText()).contains("intervention rapide"))
                .noneSatisfy(r -> assertThat(r.getText()).contains("Confirmée par le prestataire seulement"));
    }

    /**
     * Clients long known to Vetted: this class's clients all review one provider, and that many
     * brand-new accounts within a week would rightly be held for review (docs/trust.md).
     */
    private Api.Account knownClient(String name) {
        Api.Account account = api.signUpAccount("SME", name);
        new ReviewDatabase(platform).knownClient(account.id());
        return account;
    }

    private void fillForm(String company, int rating, String comment) {
        WebElement companyName = browser.findElement(By.id("companyName"));
        companyName.clear(); // the form starts with the account's name
        companyName.sendKeys(company);
        browser.findElement(By.cssSelector("input[name=services][value=CLOUD_SAAS]"))
                .click();
        Sessions.setDate(
                browser,
                browser.findElement(By.id("start")),
                LocalDate.now(ZoneId.of("Europe/Paris")).minusMonths(18).toString());
        browser.findElement(By.cssSelector("input[name=rating][value='" + rating + "']"))
                .click();
        browser.findElement(By.cssSelector("input[name=objectives][value='" + rating + "']"))
                .click();
        browser.findElement(By.cssSelector("input[name=recommend][value=yes]")).click();
        browser.findElement(By.id("comment")).sendKeys(comment);
    }

    private WebElement reference(String company) {
        return browser.findElements(By.cssSelector("[data-testid=reference]")).stream()
                .filter(r -> r.getText().contains(company))
                .findFirst()
                .orElseThrow();
    }

    private WebElement referenceWithText(String text) {
        return reference(text);
    }

    private WebDriverWait waitFor() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class);
    }
}
