package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * When a provider's identity is disputed, in headless Chromium: a SIREN another profile holds
 * leads to a contest instead of a dead end, a website without a registrable domain is refused next
 * to its field, and moderators decide contests and company checks from the identity queue.
 */
@OnPlatform
class IdentityDisputesBrowserIT {

    private Platform platform;
    private Api api;
    private Identities identities;
    private WebDriver browser;
    private String moderator;

    @BeforeAll
    void start() {
        moderator = Sessions.moderator(platform);
    }

    @Test
    void offersToContestASirenAnotherProfileHoldsAndSendsTheContestToModeratorsWithItsDocument() throws IOException {
        String siren = Api.randomSiren();
        api.publishedProvider(
                api.signUp("PROVIDER", "Titulaire"), "Titulaire du SIREN", "Nîmes", "HELPDESK", null, siren);
        String claimant = api.signUp("PROVIDER", "Vraie Entreprise");
        UUID claimantId = api.createProvider(claimant, "Vraie Entreprise", "Nîmes", "HELPDESK", "Support.");
        Sessions.signIn(browser, platform, claimant);
        browser.get(platform.address(platform.web) + "/my/provider/identity");
        type(By.id("siren"), siren);
        browser.findElement(By.cssSelector("[data-testid=save]")).click();

        assertThat(visible(By.id("siren-error")).getText())
                .isEqualTo("Ce SIREN est déjà celui d’un autre profil sur Vetted.");
        browser.findElement(By.cssSelector("[data-testid=contest-siren]")).click();
        assertThat(visible(By.id("siren")).getAttribute("value")).isEqualTo(siren);
        browser.findElement(By.cssSelector("[data-testid=send-contest]")).click();
        assertThat(visible(By.id("statement-error")).getText()).startsWith("Expliquez en quelques mots");
        type(By.id("statement"), "Je suis le gérant ; l’extrait Kbis de la société porte ce SIREN.");
        visible(By.id("file")).sendKeys(file("kbis-gerant.pdf"));
        browser.findElement(By.cssSelector("[data-testid=send-contest]")).click();

        assertThat(visible(By.cssSelector("[data-testid=saved]")).getText()).startsWith("Contestation envoyée.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=contest-OPEN]"))
                        .getText())
                .contains("« Titulaire du SIREN »");
        assertThat(identities.waiting(moderator, "SIREN_CONTEST", claimantId))
                .containsEntry("statement", "Je suis le gérant ; l’extrait Kbis de la société porte ce SIREN.")
                .extractingByKey("documentId")
                .isNotNull();
    }

    @Test
    void refusesAWebsiteWithoutARegistrableDomainNextToTheField() {
        String owner = api.signUp("PROVIDER", "Suffixe Seul");
        api.createProvider(owner, "Suffixe Seul", "Metz", "NETWORKS", "Réseaux.");
        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/provider/identity");
        type(By.id("website"), "https://fr");
        browser.findElement(By.cssSelector("[data-testid=save]")).click();

        assertThat(visible(By.id("website-error")).getText())
                .startsWith(
                        "Indiquez l’adresse de votre site, commençant par https:// et avec un nom de domaine complet");
        assertThat(browser.findElement(By.id("website")).getAttribute("value")).isEqualTo("https://fr");
    }

    @Test
    void letsAModeratorGiveAContestedSirenToTheClaimantAndUnpublishTheHolder() {
        String siren = Api.randomSiren();
        String holder = api.signUp("PROVIDER", "Usurpateur");
        api.publishedProvider(holder, "Usurpateur Informatique", "Sète", "HELPDESK", null, siren);
        String claimant = api.signUp("PROVIDER", "Légitime");
        UUID claimantId = api.createProvider(claimant, "Légitime Informatique", "Sète", "HELPDESK", "Support.");
        api.vendorCall(HttpRequest.POST(
                        "/api/providers/" + claimantId + "/siren-contests",
                        Map.of("siren", siren, "statement", "Notre Kbis porte ce SIREN."))
                .bearerAuth(claimant));
        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation");
        browser.findElement(By.cssSelector("[data-testid=nav-identity]")).click();
        visible(By.cssSelector("[data-testid=filter-SIREN_CONTEST]")).click();

        WebElement entry = entry(claimantId);
        assertThat(entry.findElement(By.cssSelector("[data-testid=claimant-statement]"))
                        .getText())
                .isEqualTo("Notre Kbis porte ce SIREN.");
        entry.findElement(By.cssSelector("[data-testid=choice-CLAIMANT]")).click();
        entry.findElement(By.name("reason")).sendKeys("Kbis du demandeur conforme");
        entry.findElement(By.cssSelector("[data-testid=decide]")).click();

        assertThat(visible(By.cssSelector("[data-testid=decided]")).getText()).isEqualTo("Décision enregistrée.");
        Map<String, Object> lost = api.vendorCall(
                        HttpRequest.GET("/api/providers/mine").bearerAuth(holder))
                .body();
        assertThat(lost).containsEntry("status", "DRAFT");
        assertThat((String) lost.get("unpublishedReason")).endsWith("Kbis du demandeur conforme");
    }

    @Test
    void letsAModeratorVerifyACompanyFromTheIdentityQueueWithAReason() {
        String owner = api.signUp("PROVIDER", "Kbis Envoyé");
        UUID id = identities.checkAsked(owner, "Kbis Envoyé", Api.randomSiren(), "KBIS ENVOYE SARL");
        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation/identity?kind=COMPANY_CHECK");

        assertThat(entry(id)
                        .findElement(By.cssSelector("[data-testid=register]"))
                        .getText())
                .isEqualTo("Active : KBIS ENVOYE SARL");
        // read before the click: the refused form comes back as a new page, and the old element goes stale
        String entry = entryId(id);
        entry(id).findElement(By.cssSelector("[data-testid=choice-ACCEPTED]")).click();
        entry(id).findElement(By.cssSelector("[data-testid=decide]")).click();
        assertThat(visible(By.cssSelector("#entry-" + entry + " .field-error")).getText())
                .startsWith("Donnez le motif de la décision");
        entry(id).findElement(By.cssSelector("[data-testid=choice-ACCEPTED]")).click();
        entry(id).findElement(By.name("reason")).sendKeys("Kbis conforme");
        entry(id).findElement(By.cssSelector("[data-testid=decide]")).click();
        visible(By.cssSelector("[data-testid=decided]"));

        browser.get(platform.address(platform.web) + "/providers/" + id);
        assertThat(visible(By.cssSelector("[data-testid=legal-name]")).getText())
                .isEqualTo("KBIS ENVOYE SARL");
    }

    @Test
    void letsAModeratorUnpublishAProfileWhoseNameChangedWithAReason() {
        String owner = api.signUp("PROVIDER", "Nom Racheté");
        UUID id = api.publishedProvider(owner, "Réputation Solide", "Agen", "HELPDESK", null);
        identities.editIdentity(owner, id, Map.of("name", "Inconnu Récent"));
        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation/identity?kind=IDENTITY_CHANGE");

        assertThat(entry(id).findElement(By.cssSelector("[data-testid=change]")).getText())
                .isEqualTo("Réputation Solide → Inconnu Récent");
        entry(id)
                .findElement(By.cssSelector("[data-testid=choice-UNPUBLISHED]"))
                .click();
        entry(id).findElement(By.name("reason")).sendKeys("Profil racheté par une autre société");
        entry(id).findElement(By.cssSelector("[data-testid=decide]")).click();

        visible(By.cssSelector("[data-testid=decided]"));
        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/provider");
        assertThat(visible(By.cssSelector("[data-testid=unpublished-reason]")).getText())
                .contains("Profil racheté par une autre société");
    }

    @Test
    void letsTheHolderOfAContestedSirenGiveItsSideWithADocumentFromItsOverview() throws IOException {
        String siren = Api.randomSiren();
        String holder = api.signUp("PROVIDER", "Détenteur");
        UUID holderId = api.publishedProvider(holder, "Détenteur Légitime", "Rodez", "HELPDESK", null, siren);
        String claimant = api.signUp("PROVIDER", "Prétendant");
        UUID claimantId = api.createProvider(claimant, "Prétendant", "Rodez", "HELPDESK", "Support.");
        api.vendorCall(HttpRequest.POST(
                        "/api/providers/" + claimantId + "/siren-contests",
                        Map.of("siren", siren, "statement", "Ce SIREN est le nôtre."))
                .bearerAuth(claimant));
        Sessions.signIn(browser, platform, holder);
        browser.get(platform.address(platform.web) + "/my/provider");

        assertThat(visible(By.cssSelector("[data-testid=contest-OPEN]")).getText())
                .startsWith("« Prétendant » conteste votre SIREN");
        browser.findElement(By.cssSelector("[data-testid=contest-OPEN] textarea"))
                .sendKeys("Notre Kbis, joint au dossier, porte ce SIREN depuis 2012.");
        browser.findElement(By.cssSelector("[data-testid=answer-contest-file]")).sendKeys(file("kbis-2012.pdf"));
        browser.findElement(By.cssSelector("[data-testid=answer-contest]")).click();

        assertThat(visible(By.cssSelector("[data-testid=saved]")).getText())
                .isEqualTo("Votre version est envoyée au modérateur.");
        assertThat(identities.waiting(moderator, "SIREN_CONTEST", claimantId))
                .containsEntry("otherProviderId", holderId.toString())
                .containsEntry("otherStatement", "Notre Kbis, joint au dossier, porte ce SIREN depuis 2012.")
                .extractingByKey("otherDocumentId")
                .isNotNull();
    }

    @Test
    void letsOnlyModeratorsOpenTheKbisOfACompanyCheck() throws Exception {
        String owner = api.signUp("PROVIDER", "Kbis Lisible");
        UUID id = identities.checkAsked(owner, "Kbis Lisible", Api.randomSiren(), "KBIS LISIBLE SAS");
        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation/identity?kind=COMPANY_CHECK");
        String link =
                entry(id).findElement(By.cssSelector("[data-testid=document]")).getAttribute("href");

        java.net.http.HttpResponse<byte[]> read = identities.asSignedIn(moderator, link);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(read.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(read.body()).isEqualTo(Identities.KBIS);
        assertThat(identities.asSignedIn(owner, link).statusCode()).isEqualTo(403);
    }

    @Test
    void letsAProviderSendItsKbisFromItsOverviewAndSeeTheCheckUnderWayThenRefusedWithTheReason() throws Exception {
        String siren = Api.randomSiren();
        platform.register().active(siren, "KBIS EN LIGNE SAS");
        String owner = api.signUp("PROVIDER", "Kbis En Ligne");
        UUID id = api.publishedProvider(owner, "Kbis En Ligne", "Albi", "HELPDESK", null, siren);
        Sessions.signIn(browser, platform, owner);
        browser.get(platform.address(platform.web) + "/my/provider");
        assertThat(visible(By.cssSelector("[data-testid=company-check-status]")).getAttribute("data-status"))
                .isEqualTo("DECLARED");
        browser.findElement(By.cssSelector("[data-testid=request-company-check]"))
                .click();

        assertThat(visible(By.cssSelector("[data-testid=file-hint]")).getText())
                .isEqualTo("PDF, PNG ou JPEG, 5 Mo au plus. Seuls les modérateurs le voient ; il est supprimé dès"
                        + " leur décision.");
        attach("kbis.pdf", "<html>pas un Kbis</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(visible(By.cssSelector("[data-testid=file-error]")).getText())
                .isEqualTo("Ce fichier n’est ni un PDF, ni une image PNG ou JPEG.");
        attach("kbis-scan", Identities.KBIS);
        assertThat(visible(By.cssSelector("[data-testid=saved]")).getText())
                .isEqualTo("Demande envoyée : un modérateur va vérifier votre entreprise.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=company-check-status]"))
                        .getAttribute("data-status"))
                .isEqualTo("UNDER_CHECK");

        api.vendorCall(HttpRequest.POST(
                        "/api/moderation/company-checks/"
                                + identities
                                        .waiting(moderator, "COMPANY_CHECK", id)
                                        .get("id") + "/decision",
                        Map.of("outcome", "REJECTED", "reason", "Extrait de plus de trois mois"))
                .bearerAuth(moderator));
        browser.get(platform.address(platform.web) + "/my/provider");
        assertThat(visible(By.cssSelector("[data-testid=company-check-status]")).getText())
                .isEqualTo("Statut : vérification refusée. Motif : Extrait de plus de trois mois");
    }

    /** Chooses a file on the company check page and sends the form. */
    private void attach(String name, byte[] content) throws IOException {
        visible(By.id("file")).sendKeys(file(name, content));
        browser.findElement(By.cssSelector("[data-testid=send-company-check]")).click();
    }

    /** A Kbis on disk, for a file field. */
    private static String file(String name) throws IOException {
        return file(name, Identities.KBIS);
    }

    private static String file(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("kbis").resolve(name);
        Files.write(file, content);
        return file.toAbsolutePath().toString();
    }

    private WebElement entry(UUID provider) {
        return visible(By.cssSelector("[data-testid=identity-entry][data-provider='" + provider + "']"));
    }

    private String entryId(UUID provider) {
        return entry(provider).getAttribute("id").substring("entry-".length());
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private WebElement visible(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
