package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.cookie.Cookie;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An SME owner's workspace, on a laptop (1280 px) and on a phone (375 px): the advisor's answers
 * saved as requirements after signing in, then the providers matching them with their match sheets,
 * a shortlist built from search results, annotated, exported as a due-diligence PDF and shared with
 * a read-only link opened signed out, and a saved search that counts a provider published since it
 * was saved until it is run again.
 */
@OnPlatform
class BuyerWorkspaceBrowserIT {

    private static final String ADVISOR = "/advisor/result?users=12&workstations=14&servers=1&needs=SUPPORT"
            + "&impact=BLOCKING&when=OFFICE_HOURS&when=WEEKENDS&regulated=HEALTH&strict=YES&projects=OCCASIONAL"
            + "&skills=NONE&onSite=YES&department=69&subcontracting=NO&budget=800";

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private VendorProfiles profiles;

    @BeforeAll
    void start() {
        profiles = new VendorProfiles(api);
        publish("Rhône Infogérance");
        publish("Dépannage Express");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void fromTheAdvisorToAnAnnotatedSharedShortlistAndASavedSearchThatCountsNewProviders(int width) {
        Browser.viewport(browser, width);
        browser.manage().deleteAllCookies();
        Api.Account sme = api.signUpAccount("SME", "Boulangerie des Canuts");

        browser.get(platform.address(platform.web) + ADVISOR);
        follow("[data-testid=save-requirements-sign-in]");
        visible("#email").sendKeys(sme.email());
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        visible("[data-testid=from-advisor]");
        assertThat(browser.findElement(By.id("specialty-HELPDESK")).isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("verified-HDS")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("[data-testid=save-requirements]")).click();
        visible("[data-testid=action-done]");
        assertThat(browser.findElement(By.id("users")).getAttribute("value")).isEqualTo("12");
        assertThat(browser.findElement(By.id("afterHours-TWENTY_FOUR_SEVEN")).isSelected())
                .isTrue();

        follow("[data-testid=nav-matches]");
        List<WebElement> matches = browser.findElements(By.cssSelector("[data-testid=match]"));
        assertThat(matches)
                .extracting(m -> m.findElement(By.cssSelector("[data-testid=match-name]"))
                        .getText())
                .contains("Rhône Infogérance", "Dépannage Express");
        assertThat(matches.get(0)
                        .findElement(By.cssSelector("[data-testid=line-SPECIALTIES]"))
                        .getText())
                .isNotBlank();

        browser.get(platform.address(platform.web) + "/?specialty=HELPDESK");
        follow("[data-testid=save-search]");
        type("name", "Support informatique");
        browser.findElement(By.cssSelector("[data-testid=save-search-submit]")).click();
        visible("[data-testid=no-new-matches]");

        addFirstResultsToANewShortlist("Support Lyon " + width);
        follow("[data-testid=shortlist-link]");
        WebElement entry =
                browser.findElements(By.cssSelector("[data-testid=entry]")).get(0);
        entry.findElement(By.name("note")).sendKeys("Rappeler lundi");
        new Select(entry.findElement(By.name("status"))).selectByValue("REJECTED");
        entry.findElement(By.cssSelector("[data-testid=save-entry]")).click();
        assertThat(visible("[data-testid=reason-error]").getText()).contains("pourquoi");
        entry = browser.findElements(By.cssSelector("[data-testid=entry]")).get(0);
        entry.findElement(By.name("rejectionReason")).sendKeys("Pas d’astreinte le week-end");
        entry.findElement(By.cssSelector("[data-testid=save-entry]")).click();
        visible("[data-testid=action-done]");
        assertThat(browser.findElements(By.cssSelector("[data-testid=entry-status]"))
                        .get(0)
                        .getText())
                .contains("Écarté", "Pas d’astreinte le week-end");
        assertThat(browser.findElement(By.cssSelector("[data-testid=compare-shortlist]"))
                        .getAttribute("href"))
                .contains("/compare?ids=");
        assertThat(pack(visiblePresent("[data-testid=diligence-pack]").getAttribute("href")))
                .contains("Dossier de vérification : Support Lyon " + width)
                .contains("Rappeler lundi", "Pas d’astreinte le week-end")
                .contains("Le préavis avant toute hausse de prix");

        browser.findElement(By.cssSelector("[data-testid=share-create]")).click();
        String shared = visible("[data-testid=share-link]").getAttribute("href");
        browser.manage().deleteAllCookies();
        browser.get(shared);
        assertThat(visible("[data-testid=shared-shortlist]").getText())
                .contains("Support Lyon " + width, "Écarté")
                .doesNotContain("Rappeler lundi", "Pas d’astreinte");
        assertThat(browser.findElements(By.cssSelector("[data-testid=shared-entry]")))
                .hasSize(2);

        Sessions.signIn(browser, platform, sme.accessToken());
        publish("Nouveau Support " + width);
        browser.get(platform.address(platform.web) + "/my/saved-searches");
        assertThat(visible("[data-testid=new-matches]").getText()).contains("1 nouveau prestataire");
        browser.findElement(By.cssSelector("[data-testid=run-saved-search]")).click();
        waitFor().until(ExpectedConditions.urlContains("specialty=HELPDESK"));
        browser.get(platform.address(platform.web) + "/my/saved-searches");
        visible("[data-testid=no-new-matches]");
    }

    /** The first two results, the first into a new shortlist, the second into that one. */
    private void addFirstResultsToANewShortlist(String name) {
        browser.get(platform.address(platform.web) + "/?specialty=HELPDESK");
        follow("[data-testid=provider-card] [data-testid=shortlist-add]");
        browser.findElement(By.cssSelector("[data-testid=new-shortlist]")).click();
        type("newName", name);
        browser.findElement(By.cssSelector("[data-testid=add-submit]")).click();
        visible("[data-testid=action-done]");
        List<WebElement> links =
                browser.findElements(By.cssSelector("[data-testid=provider-card] [data-testid=shortlist-add]"));
        browser.get(links.get(1).getAttribute("href"));
        visible("[data-testid=add-to-shortlist]");
        browser.findElement(By.xpath("//label[contains(., '" + name + "')]/input"))
                .click();
        browser.findElement(By.cssSelector("[data-testid=add-submit]")).click();
        visible("[data-testid=action-done]");
        browser.get(platform.address(platform.web) + "/my/shortlists");
        browser.findElement(By.xpath("//a[@data-testid='shortlist-link'][.='" + name + "']"));
    }

    /** The PDF behind a link, fetched with the browser's own session, as its text. */
    private String pack(String href) {
        var session = browser.manage().getCookieNamed("__Host-vetted_session");
        try (HttpClient site =
                HttpClient.create(URI.create(platform.address(platform.web)).toURL())) {
            byte[] pdf = site.toBlocking()
                    .retrieve(
                            HttpRequest.GET(URI.create(href).getPath())
                                    .cookie(Cookie.of(session.getName(), session.getValue())),
                            byte[].class);
            try (var document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(String name) {
        String owner = api.signUp("PROVIDER", name);
        UUID id = profiles.published(
                owner,
                name,
                "AGENCY",
                "Lyon",
                "69",
                List.of("HELPDESK"),
                VendorProfiles.offer("Infogérance par utilisateur", "MONTHLY_FIXED", "PER_SEAT", 40));
        profiles.sla(owner, id, "ON_CALL", 60);
    }

    /** Opens a link's address (a phone's layout may put the link under the filters' panel). */
    private void follow(String css) {
        browser.get(visiblePresent(css).getAttribute("href"));
    }

    private WebElement visiblePresent(String css) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private WebElement visible(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
