package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A buyer told of two price rises, on a laptop (1280 px) and on a phone (375 px): the navigation
 * shows two unread, the centre lists them marked as new, and marking them read lowers the count.
 */
@OnPlatform
class NotificationCentreBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void showsTheUnreadCountAndMarkingReadLowersIt(int width) {
        Browser.viewport(browser, width);
        Api.Account buyer = api.signUpAccount("SME", "Cabinet Ferrand");
        Calls identity = new Calls(platform.address(platform.identity));
        String service = MatrixFixture.serviceToken(platform, identity);
        notify(identity, service, buyer.id(), "Alpes Réseaux augmente ses prix");
        notify(identity, service, buyer.id(), "Rhône Infogérance augmente ses prix");

        Sessions.signIn(browser, platform, buyer.accessToken());
        browser.get(platform.address(platform.web) + "/");
        assertThat(unreadBadge()).isEqualTo("2");
        unfoldMenu();
        browser.findElement(By.cssSelector("[data-testid=nav-notifications]")).click();

        waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid=notification-list]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=notification] strong")))
                .extracting(WebElement::getText)
                .containsExactly("Rhône Infogérance augmente ses prix", "Alpes Réseaux augmente ses prix");
        assertThat(browser.findElements(By.cssSelector("[data-testid=unread-mark]")))
                .hasSize(2);

        browser.findElements(By.cssSelector("[data-testid=mark-read]")).get(0).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=action-done]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=unread-mark]")))
                .hasSize(1);
        assertThat(unreadBadge()).isEqualTo("1");

        browser.findElement(By.cssSelector("[data-testid=mark-all-read]")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=action-done]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=unread-mark]")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-testid=unread-badge]")))
                .isEmpty();
    }

    private void notify(Calls identity, String service, UUID accountId, String subjectFr) {
        Map<String, Object> batch = Map.of(
                "eventId",
                UUID.randomUUID(),
                "kind",
                "PRICE_ALERT",
                "accountIds",
                List.of(accountId),
                "subjectFr",
                subjectFr,
                "subjectEn",
                subjectFr.replace("augmente ses prix", "raises its prices"),
                "bodyFr",
                "De 900 € à 990 € par mois (+10 %) au 1er mars.",
                "bodyEn",
                "From €900 to €990 a month (+10%) on 1 March.",
                "link",
                "/");
        assertThat(identity.send("POST", "/api/internal/notifications", service, batch)
                        .status())
                .isEqualTo(202);
    }

    /** The badge's visible number, with the menu opened (then closed again) where a phone folds it away. */
    private String unreadBadge() {
        boolean folded = unfoldMenu();
        String count = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid=unread-badge] [aria-hidden=true]")))
                .getText();
        if (folded) {
            browser.findElement(By.cssSelector("[data-menu-toggle]")).click();
        }
        return count;
    }

    /** @return whether the menu was folded away (on a phone) and is now open */
    private boolean unfoldMenu() {
        WebElement menu = browser.findElement(By.cssSelector("[data-menu-toggle]"));
        if (menu.isDisplayed()) {
            menu.click();
            return true;
        }
        return false;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
