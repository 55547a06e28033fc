package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What readers are told about trust: the disclosure page, who vouched, "under review", edits. */
@OnPlatform
class TrustBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private String moderator;

    @Test
    void aVisitorReachesHowReferencesWorkFromAProviderPageInFrenchAndInEnglish() {
        String owner = api.signUp("PROVIDER", "Armor Infogérance");
        UUID provider = api.publishedProvider(owner, "Armor Infogérance", "Brest", "HELPDESK", null);
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + provider);

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

    @Test
    void aReferenceUnderReviewSaysWhyAndTheProvidersRatingOnThePageDoesNotMove() {
        String device = UUID.randomUUID().toString().replace("-", "");
        Api.Account owner = api.signUpAccount("PROVIDER", "Iroise Systèmes", device);
        UUID provider = api.publishedProvider(owner.accessToken(), "Iroise Systèmes", "Quimper", "HELPDESK", null);
        api.postReference(
                knownClient("Crêperie du Port").accessToken(), provider, 5, "Support réactif et bien organisé.");
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        String rating = text("[data-testid=bayesian-rating]");
        String verified = text("[data-testid=verified-count]");

        // signed up from the provider's own browser: linked, so held for a moderator
        Api.Account puppet = api.signUpAccount("SME", "Client Fantôme", device);
        assertThat(api.postReference(puppet.accessToken(), provider, 1, "Service déplorable, à fuir absolument.")
                        .body()
                        .get("status"))
                .isEqualTo("UNDER_REVIEW");
        browser.get(platform.address(platform.web) + "/providers/" + provider);

        WebElement held = referenceWithText("à fuir absolument");
        assertThat(held.findElement(By.cssSelector("[data-testid=under-review]"))
                        .getText())
                .contains("En cours de vérification", "Non compté dans la note")
                .contains("Son auteur semble lié au prestataire");
        assertThat(text("[data-testid=bayesian-rating]")).isEqualTo(rating);
        assertThat(text("[data-testid=verified-count]")).isEqualTo(verified);
        assertThat(text("[data-testid=distribution-1]")).isEqualTo("0");
    }

    @Test
    void eachLabelSaysWhoVouchedForIt() {
        String owner = api.signUp("PROVIDER", "Rance Informatique");
        UUID provider = api.publishedProvider(owner, "Rance Informatique", "Dinan", "HELPDESK", null);
        Api.Account checked = knownClient("Menuiserie Erdre");
        Map<String, Object> withEvidence = api.postReference(
                        checked.accessToken(), provider, 5, "Facture à l'appui, intervention rapide.")
                .body();
        api.evidenceAccepted(checked.accessToken(), (String) withEvidence.get("id"), moderator());
        Map<String, Object> confirmed = api.postReference(
                        knownClient("Cave Coopérative").accessToken(),
                        provider,
                        4,
                        "Confirmée par le prestataire seulement.")
                .body();
        api.reviewCall(HttpRequest.POST("/api/references/" + confirmed.get("id") + "/confirmation", Map.of())
                .bearerAuth(owner));

        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + provider);

        assertThat(labels("intervention rapide"))
                .anySatisfy(label -> assertThat(label)
                        .contains("Preuve de mission vérifiée", "vérifiée par un modérateur de Vetted"));
        assertThat(labels("prestataire seulement"))
                .anySatisfy(label -> assertThat(label)
                        .contains(
                                "Mission confirmée par le prestataire",
                                "parole du prestataire, non vérifiée par Vetted"));
    }

    @Test
    void anAuthorSendsProofOfTheEngagementAndOnceAModeratorAcceptsItTheReferenceSaysSo() throws IOException {
        String owner = api.signUp("PROVIDER", "Vilaine Services");
        UUID provider = api.publishedProvider(owner, "Vilaine Services", "Redon", "HELPDESK", null);
        Api.Account author = knownClient("Fromagerie de Redon");
        String reference =
                (String) api.postReference(author.accessToken(), provider, 5, "Facture jointe, support sérieux.")
                        .body()
                        .get("id");

        Sessions.signIn(browser, platform, author.accessToken());
        browser.get(platform.address(platform.web) + "/my/references");
        browser.findElement(By.cssSelector("[data-testid=add-evidence]")).click();
        Path file = Files.createTempDirectory("evidence").resolve("facture.pdf");
        Files.write(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        visible(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("[data-testid=send-evidence]")).click();
        assertThat(visible(By.cssSelector("[data-testid=action-done]")).getText())
                .isEqualTo("Preuve envoyée : un modérateur va la vérifier, puis supprimer le fichier.");

        Sessions.signIn(browser, platform, moderator());
        browser.get(platform.address(platform.web) + "/moderation?kind=EVIDENCE&provider=" + provider);
        assertThat(visible(By.cssSelector("#queue-" + reference + " [data-testid=open-evidence]"))
                        .getAttribute("href"))
                .endsWith("/moderation/references/" + reference + "/evidence");
        browser.findElement(By.id("evidence-accept-" + reference)).click();
        browser.findElement(By.id("evidence-reason-" + reference)).sendKeys("Facture au nom du client");
        browser.findElement(By.cssSelector("#queue-" + reference + " [data-testid=decide-evidence]"))
                .click();
        assertThat(visible(By.cssSelector("[data-testid=action-done]")).getText())
                .isEqualTo("Décision sur la preuve enregistrée ; le fichier est supprimé.");

        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        assertThat(labels("support sérieux"))
                .anySatisfy(label -> assertThat(label).contains("Preuve de mission vérifiée"));
    }

    @Test
    void anEditedReferenceShowsItsChangeWithItsEarlierVersionsOneClickAway() {
        String owner = api.signUp("PROVIDER", "Odet Réseaux");
        UUID provider = api.publishedProvider(owner, "Odet Réseaux", "Quimper", "HELPDESK", null);
        Api.Account client = knownClient("Faïencerie de Locmaria");
        Map<String, Object> body = Api.referenceBody(5, "Excellent accompagnement pendant la migration.");
        Map<String, Object> written =
                api.postReference(client.accessToken(), provider, body, null).body();
        Map<String, Object> edit = new HashMap<>(body);
        edit.put("rating", 2);
        edit.put("criteria", Map.of("OBJECTIVES", 2, "RESPONSIVENESS", 2));
        edit.put("wouldRecommend", false);
        edit.put("comment", "Après six mois, le suivi s'est nettement dégradé.");
        edit.put("version", written.get("version"));
        api.reviewCall(
                HttpRequest.PUT("/api/references/" + written.get("id"), edit).bearerAuth(client.accessToken()));

        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        WebElement reference = referenceWithText("nettement dégradé");
        assertThat(reference
                        .findElement(By.cssSelector("[data-testid=substantive-edit]"))
                        .getText())
                .startsWith("Modifiée le ")
                .contains("note de 5, maintenant 2");
        reference.findElement(By.cssSelector("[data-testid=revisions-link]")).click();

        waitFor().until(ExpectedConditions.urlContains("/revisions"));
        WebElement earlier = browser.findElement(By.cssSelector("[data-testid=revision]"));
        assertThat(earlier.getText()).contains("★★★★★", "Excellent accompagnement pendant la migration.");
        assertThat(earlier.findElement(By.cssSelector("[data-testid=revision-substantive]"))
                        .getText())
                .contains("note");
        assertThat(browser.findElement(By.cssSelector("[data-testid=revision-current]"))
                        .getText())
                .contains("★★☆☆☆", "nettement dégradé");
    }

    /** Signed in once per class: once the moderator has a second factor, a password alone no longer signs in. */
    private String moderator() {
        if (moderator == null) {
            moderator = Sessions.moderator(platform);
        }
        return moderator;
    }

    /** A client Vetted has known for months: a few on one provider are not a wave of new accounts. */
    private Api.Account knownClient(String name) {
        Api.Account account = api.signUpAccount("SME", name);
        new ReviewDatabase(platform).knownClient(account.id());
        return account;
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private WebElement referenceWithText(String text) {
        return browser.findElements(By.cssSelector("[data-testid=reference]")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    private List<String> labels(String referenceText) {
        return referenceWithText(referenceText).findElements(By.cssSelector("[data-testid=label]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement visible(By locator) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private WebDriverWait waitFor() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class);
    }
}
