package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * What a buyer reads about who vouches for a provider's company, in headless Chromium: the badge
 * and legal name only once the register and a moderator vouched, the "formerly …" history, and
 * when an offer appeared on Vetted.
 */
@OnPlatform
class CompanyIdentityBrowserIT {

    private Platform platform;
    private Api api;
    private Identities identities;
    private WebDriver browser;

    @Test
    void showsADeclaredSirenAsNotYetVerifiedWithoutBadgeOrLegalName() {
        String owner = api.signUp("PROVIDER", "Déclarée Seulement");
        UUID id = api.publishedProvider(owner, "Déclarée Seulement", "Pau", "HELPDESK", null);

        browser.get(platform.address(platform.web) + "/providers/" + id);

        assertThat(text("company-declared")).isEqualTo("SIREN déclaré, pas encore vérifié");
        assertThat(browser.findElements(By.cssSelector("[data-testid=company-verified]")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-testid=legal-name]")))
                .isEmpty();
    }

    @Test
    void showsTheBadgeAndTheRegistersLegalNameOnceTheRegisterAndAModeratorVouched() {
        String owner = api.signUp("PROVIDER", "Garonne");
        String moderator = Sessions.moderator(platform);
        UUID id = identities.checkAsked(owner, "Garonne Infogérance", Api.randomSiren(), "GARONNE INFOGERANCE SAS");
        identities.acceptCheck(moderator, id);

        browser.get(platform.address(platform.web) + "/providers/" + id);

        assertThat(text("company-verified")).isEqualTo("✓ Entreprise vérifiée");
        assertThat(text("legal-name")).isEqualTo("GARONNE INFOGERANCE SAS");
        assertThat(browser.findElements(By.cssSelector("[data-testid=company-declared]")))
                .isEmpty();
    }

    @Test
    void keepsTheFormerNameSirenAndWebsiteOfAPublishedProfileOnItsPage() {
        String owner = api.signUp("PROVIDER", "Ancien Nom");
        UUID id = api.publishedProvider(owner, "Ancien Nom Informatique", "Tarbes", "NETWORKS", "https://ancien.fr");
        identities.editIdentity(
                owner,
                id,
                Map.of(
                        "name", "Nouveau Nom Informatique",
                        "siren", Api.randomSiren(),
                        "website", "https://www.nouveau-nom.fr"));

        browser.get(platform.address(platform.web) + "/providers/" + id);

        assertThat(text("former-name")).isEqualTo("Anciennement « Ancien Nom Informatique »");
        assertThat(text("former-NAME"))
                .startsWith("Nom « Ancien Nom Informatique » remplacé par « Nouveau Nom Informatique » le ");
        assertThat(text("former-SIREN")).startsWith("SIREN ").contains("remplacé par");
        assertThat(text("former-WEBSITE"))
                .startsWith("Site web https://ancien.fr remplacé par https://www.nouveau-nom.fr");
    }

    @Test
    @SuppressWarnings("unchecked")
    void saysSinceWhenAnOfferIsOnVettedAndFlagsARiseAnnouncedWithTheNoticeLoweredToZero() {
        String owner = api.signUp("PROVIDER", "Préavis Zéro");
        UUID id = api.publishedProvider(owner, "Préavis Zéro", "Albi", "HELPDESK", null);
        Map<String, Object> offer =
                ((List<Map<String, Object>>) api.provider(id).get("offers")).get(0);
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + id + "/offers/" + offer.get("id"),
                        Map.of(
                                "version",
                                offer.get("version"),
                                "title",
                                offer.get("title"),
                                "priceEur",
                                630,
                                "priceChangeNoticeDays",
                                0))
                .bearerAuth(owner));

        browser.get(platform.address(platform.web) + "/providers/" + id);

        assertThat(text("offer-on-vetted-since")).startsWith("Sur Vetted depuis le ");
        assertThat(text("short-notice")).isEqualTo("Hausse annoncée avec un préavis plus court que promis");
        assertThat(text("price-raised")).contains("40");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsAWithdrawnOfferOnThePageMarkedWithdrawnWithItsDateAndPriceHistory() {
        String owner = api.signUp("PROVIDER", "Offre Retirée");
        UUID id = api.publishedProvider(owner, "Offre Retirée", "Albi", "HELPDESK", null);
        api.vendorCall(HttpRequest.POST(
                        "/api/providers/" + id + "/offers",
                        Map.of("title", "Régie à l'heure", "pricingModel", "HOURLY", "priceEur", 70))
                .bearerAuth(owner));
        Map<String, Object> first =
                ((List<Map<String, Object>>) api.provider(id).get("offers")).get(0);
        api.vendorCall(HttpRequest.DELETE(
                        "/api/providers/" + id + "/offers/" + first.get("id") + "?version=" + first.get("version"))
                .bearerAuth(owner));

        browser.get(platform.address(platform.web) + "/providers/" + id);

        var withdrawn = browser.findElement(By.cssSelector("[data-testid=withdrawn-offer]"));
        assertThat(withdrawn.findElement(By.tagName("h4")).getText()).isEqualTo(first.get("title"));
        assertThat(withdrawn
                        .findElement(By.cssSelector("[data-testid=withdrawn-on]"))
                        .getText())
                .startsWith("Retirée le ");
        assertThat(withdrawn
                        .findElement(By.cssSelector("[data-testid=withdrawn-price-history]"))
                        .getText())
                .contains("450");
        assertThat(browser.findElements(By.cssSelector("[data-testid=offer]")))
                .singleElement()
                .satisfies(o -> assertThat(o.getText()).contains("Régie à l'heure"));
    }

    private String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]"))
                .getText();
    }
}
