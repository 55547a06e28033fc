package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reports, disputes and flags reach the moderators' queue, paged, riskiest or oldest first, filtered
 * by kind and provider; moderators hide with a public reason, restore, decide one by one or per provider.
 */
@OnPlatform
class ModerationBrowserIT {

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private VendorProfiles profiles;
    private String providerToken;
    private UUID provider;
    private String moderator;

    @BeforeAll
    void start() {
        providerToken = api.signUp("PROVIDER", "Provence Réseaux");
        provider = api.publishedProvider(providerToken, "Provence Réseaux", "Marseille", "NETWORKS", null);
        moderator = Sessions.moderator(platform);
    }

    @Test
    void aReportedReferenceIsHiddenByAModeratorWithAPublicReasonThenRestored() {
        api.postReference(
                api.signUp("SME", "Savonnerie du Panier"),
                provider,
                1,
                "Le technicien Marc D., 06 11 22 33 44, est incompétent.");
        Sessions.signIn(browser, platform, api.signUp("SME", "Bastide des Lices"));
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        referenceWithText("incompétent")
                .findElement(By.cssSelector("[data-testid=report-reference]"))
                .click();
        new Select(browser.findElement(By.id("choice"))).selectByValue("PERSONAL_DATA");
        browser.findElement(By.id("text")).sendKeys("Nom et téléphone d'un salarié.");
        browser.findElement(By.id("send-report")).click();
        waitFor().until(ExpectedConditions.urlContains("reported=true"));

        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation");
        WebElement item = queueItemWithText("incompétent");
        assertThat(item.findElement(By.cssSelector("[data-testid=queue-report]"))
                        .getText())
                .contains("Données personnelles", "Nom et téléphone d'un salarié.");
        item.findElement(By.cssSelector("input[name=text]")).sendKeys("Données personnelles d'un salarié");
        item.findElement(By.cssSelector("[data-testid=hide]")).click();
        Browser.awaitReplaced(browser, item);

        browser.get(platform.address(platform.web) + "/providers/" + provider);
        WebElement hidden = browser.findElement(By.cssSelector("[data-testid=hidden-reference]"));
        assertThat(hidden.getText())
                .contains("Référence masquée par la modération : Données personnelles d'un salarié");
        assertThat(browser.getPageSource()).doesNotContain("06 11 22 33 44");

        WebElement restore = browser.findElement(By.cssSelector("[data-testid=restore]"));
        restore.click();
        Browser.awaitReplaced(browser, restore);
        assertThat(browser.getPageSource()).contains("06 11 22 33 44");
    }

    @Test
    void aDisputedReferenceIsLabelledUntilTheModeratorUpholdsTheDispute() {
        api.postReference(api.signUp("SME", "Société Fantôme"), provider, 1, "Jamais vu un prestataire aussi lent.");
        Sessions.signIn(browser, platform, providerToken);
        browser.get(platform.address(platform.web) + "/providers/" + provider);
        WebElement reference = referenceWithText("aussi lent");
        reference.findElement(By.cssSelector("[data-testid=dispute-toggle]")).click();
        reference
                .findElement(By.cssSelector("[data-testid=dispute-toggle] + form textarea"))
                .sendKeys("Aucun contrat ni facture avec cette société.");
        reference.findElement(By.cssSelector("[data-testid=send-dispute]")).click();
        Browser.awaitReplaced(browser, reference);
        assertThat(referenceWithText("aussi lent").getText()).contains("Contesté");

        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation");
        WebElement item = queueItemWithText("aussi lent");
        assertThat(item.findElement(By.cssSelector("[data-testid=queue-dispute]"))
                        .getText())
                .contains("Aucun contrat");
        new Select(item.findElement(By.cssSelector("select[name=choice]"))).selectByValue("UPHELD");
        item.findElement(By.cssSelector("form[action*=decision] input[name=text]"))
                .sendKeys("Mission non démontrée par le client");
        item.findElement(By.cssSelector("[data-testid=decide]")).click();
        Browser.awaitReplaced(browser, item);

        browser.get(platform.address(platform.web) + "/providers/" + provider);
        assertThat(browser.findElements(By.cssSelector("[data-testid=hidden-reference]")))
                .anySatisfy(h -> assertThat(h.getText()).contains("Mission non démontrée par le client"));
    }

    @Test
    void aModeratorSortsAndFiltersThePagedQueueThenClearsOneProvidersCasesWithOneReason() {
        String device = UUID.randomUUID().toString().replace("-", "");
        Api.Account owner = api.signUpAccount("PROVIDER", "Cévennes Cloud", device);
        UUID flooded = api.publishedProvider(owner.accessToken(), "Cévennes Cloud", "Alès", "CLOUD_SAAS", null);
        for (int i = 0; i < 3; i++) {
            api.postReference(
                    api.signUpAccount("SME", "Client lié " + i, device).accessToken(),
                    flooded,
                    1,
                    "Prestataire lamentable numéro " + i + ", à éviter.");
        }
        Sessions.signIn(browser, platform, moderator);
        browser.get(platform.address(platform.web) + "/moderation");
        assertThat(browser.findElement(By.cssSelector("[data-testid=queue-waiting]"))
                        .getText())
                .containsPattern("dossiers? en attente");
        assertThat(browser.findElement(By.cssSelector("[data-testid=queue-oldest]"))
                        .getText())
                .startsWith("le plus ancien attend depuis");

        new Select(browser.findElement(By.id("queue-sort"))).selectByValue("AGE");
        new Select(browser.findElement(By.id("queue-kind"))).selectByValue("LINKED_ACCOUNTS");
        browser.findElement(By.id("apply-queue-filters")).click();
        waitFor().until(ExpectedConditions.urlContains("kind=LINKED_ACCOUNTS"));
        assertThat(browser.getCurrentUrl()).contains("sort=AGE");
        assertThat(browser.findElements(By.cssSelector("[data-testid=queue-item]")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.getText()).contains("Comptes liés"));

        queueItemWithText("lamentable")
                .findElement(By.cssSelector("[data-testid=queue-provider]"))
                .click();
        waitFor().until(ExpectedConditions.urlContains("provider=" + flooded));
        assertThat(browser.findElements(By.cssSelector("[data-testid=queue-item]")))
                .hasSize(3)
                .allSatisfy(item -> assertThat(item.getText()).contains("lamentable", "Cévennes Cloud"));
        browser.findElement(By.id("bulk-clear")).click();
        browser.findElement(By.id("bulk-reason")).sendKeys("Clients joints par téléphone : missions réelles");
        browser.findElement(By.cssSelector("[data-testid=bulk-decide]")).click();

        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=queue-empty]")));
        browser.get(platform.address(platform.web) + "/providers/" + flooded);
        assertThat(browser.findElements(By.cssSelector("[data-testid=under-review]")))
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid=distribution-1]"))
                        .getText())
                .isEqualTo("3");
    }

    @Test
    void aModeratorReachesEveryQueueFromEachQueuesMenu() {
        Sessions.signIn(browser, platform, moderator);
        List<String> queues =
                List.of("/moderation", "/moderation/claims", "/moderation/identity", "/moderation/security");
        for (String queue : queues) {
            browser.get(platform.address(platform.web) + queue);
            List<String> links = browser.findElements(By.cssSelector("[data-testid=moderation-nav] a")).stream()
                    .map(a -> a.getAttribute("pathname"))
                    .toList();
            assertThat(links).as("the moderation menu on %s", queue).containsExactlyElementsOf(queues);
            assertThat(browser.findElement(By.cssSelector("[data-testid=moderation-nav] [aria-current=page]"))
                            .getAttribute("pathname"))
                    .isEqualTo(queue);
        }
    }

    @Test
    void onAPhoneAModeratorOpensAClaimsEvidenceLinkSafelyAndVerifiesTheClaim() {
        profiles.claim(providerToken, provider, "ISO_27001", "https://certificats.example.fr/iso27001/4242");
        profiles.claim(providerToken, provider, "ISO_9001", "javascript:alert(1)");
        Browser.viewport(browser, 375);
        try {
            Sessions.signIn(browser, platform, moderator);
            browser.get(platform.address(platform.web) + "/moderation/claims");

            WebElement certified = pendingClaim("ISO 27001");
            WebElement link = certified.findElement(By.cssSelector("[data-testid=evidence-link]"));
            assertThat(link.getAttribute("href")).isEqualTo("https://certificats.example.fr/iso27001/4242");
            assertThat(link.getAttribute("rel")).contains("noopener", "noreferrer");
            assertThat(pendingClaim("ISO 9001").findElements(By.cssSelector("a[href^=javascript]")))
                    .as("an address that is not a web address stays text")
                    .isEmpty();
            assertThat(Accessibility.horizontalOverflow(browser)).isZero();

            certified.findElement(By.cssSelector("button[value=VERIFIED]")).click();
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
            assertThat(browser.findElements(By.cssSelector("[data-testid=pending-claim]")).stream()
                            .map(WebElement::getText))
                    .noneMatch(text -> text.contains("27001"));
        } finally {
            Browser.viewport(browser, 1280);
        }
    }

    private WebElement pendingClaim(String topic) {
        return browser.findElements(By.cssSelector("[data-testid=pending-claim]")).stream()
                .filter(c -> c.getText().contains(topic))
                .findFirst()
                .orElseThrow();
    }

    private WebElement referenceWithText(String text) {
        return browser.findElements(By.cssSelector("[data-testid=reference]")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    private WebElement queueItemWithText(String text) {
        return browser.findElements(By.cssSelector("[data-testid=queue-item]")).stream()
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
