package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article's warning that prices can rise overnight, answered end to end on a laptop and on a
 * phone: a provider saves a rise without the notice it promised; vendor-service's outbox hands the
 * change to buyer-service, which alerts the buyer who shortlisted it through identity-service; the
 * buyer's notification centre shows the figures. Another buyer, who did not shortlist it, hears nothing.
 */
@OnPlatform
class PriceWatchBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private QuoteRequests buyers;

    @BeforeAll
    void start() {
        buyers = new QuoteRequests(platform);
    }

    @AfterAll
    void stop() {
        buyers.close();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void aBuyerWatchingAProviderSeesItsPriceRiseWithTheFigures(int width) {
        Browser.viewport(browser, width);
        String name = "Vienne Infogérance " + width;
        String owner = api.signUp("PROVIDER", name);
        VendorProfiles profiles = new VendorProfiles(api);
        UUID provider = profiles.published(
                owner,
                name,
                "AGENCY",
                "Poitiers",
                "86",
                List.of("HELPDESK"),
                VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_SEAT", 30));
        Api.Account watcher = api.signUpAccount("SME", "Cabinet Aubry " + width);
        Api.Account bystander = api.signUpAccount("SME", "Cabinet Voisin " + width);
        buyers.shortlist(watcher.accessToken(), provider);

        raise(owner, provider, 36);

        Sessions.signIn(browser, platform, watcher.accessToken());
        WebElement alert = waitForAlert(name);
        assertThat(alert.getText()).contains("30,00", "36,00", "+20");
        assertThat(alert.findElements(By.cssSelector("[data-testid=unread-mark]")))
                .hasSize(1);

        Sessions.signIn(browser, platform, bystander.accessToken());
        browser.get(platform.address(platform.web) + "/my/notifications");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(name);
    }

    private void raise(String owner, UUID provider, int price) {
        @SuppressWarnings("unchecked")
        Map<String, Object> offer =
                ((List<Map<String, Object>>) new VendorProfiles(api).mine(owner).get("offers")).get(0);
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + provider + "/offers/" + offer.get("id"),
                        Map.of("version", offer.get("version"), "title", offer.get("title"), "priceEur", price))
                .bearerAuth(owner));
    }

    /** The outbox delivers within seconds: the centre is read again until the alert is there. */
    private WebElement waitForAlert(String provider) {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofSeconds(1)).until(driver -> {
            driver.get(platform.address(platform.web) + "/my/notifications");
            return driver.findElements(By.cssSelector("[data-testid=notification]")).stream()
                    .filter(item -> item.getText().contains(provider))
                    .findFirst()
                    .orElse(null);
        });
    }
}
