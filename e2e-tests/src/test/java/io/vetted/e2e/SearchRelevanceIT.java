package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.uri.UriBuilder;
import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search over the demo data as SME owners type it: the relevance set (search/relevance.csv) must
 * put the expected providers in the first three for 90 % of its queries at least; in the browser, a
 * place typed is said and can be undone, and a search that finds nothing says what to drop.
 */
@OnPlatform
class SearchRelevanceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Platform platform;
    private HttpClient vendor;
    private WebDriver browser;

    @BeforeAll
    void start() throws Exception {
        vendor = HttpClient.create(URI.create(platform.address(platform.vendor)).toURL());
        new DemoLoader(platform, getClass(), 24).run(1200);
    }

    @AfterAll
    void stop() {
        vendor.close();
    }

    @Test
    void putsTheExpectedProvidersInTheTopThreeForNinetyPercentOfTheRelevanceSet() throws IOException {
        List<String> lines = relevanceSet();
        List<String> misses = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(";");
            List<String> expected = Arrays.asList(fields[1].split("\\|"));
            List<String> top = topThree(fields[0]);
            if (!top.containsAll(expected)) {
                misses.add(fields[0] + " → " + top + ", expected " + expected);
            }
        }
        double share = 100.0 * (lines.size() - misses.size()) / lines.size();
        System.out.printf(
                "Search relevance: %.1f %% of %d queries in the top 3; misses: %s%n", share, lines.size(), misses);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        assertThat(share)
                .as("share of queries with their providers in the top 3; misses: %s", misses)
                .isGreaterThanOrEqualTo(90.0);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void saysWhereAPlaceTypedSearchesAndUndoesItInOneClick(int width) {
        Browser.viewport(browser, width);
        browser.get(platform.address(platform.web) + "/?q=infog%C3%A9rance+Lyon");

        WebElement understood = browser.findElement(By.cssSelector("[data-testid=understood]"));
        assertThat(understood.isDisplayed()).isTrue();
        assertThat(understood.getText()).contains("Lyon → sur site : Rhône (69), ou à distance");
        assertThat(cards()).first().isEqualTo("Romane Rousseau – Consultant IT");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.cssSelector("[data-testid=search-literal]")).click();

        waitFor().until(ExpectedConditions.urlContains("literal=true"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=literal]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=understood]")))
                .isEmpty();

        browser.findElement(By.cssSelector("[data-testid=search-understand]")).click();

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=understood]")));
        assertThat(browser.getCurrentUrl()).doesNotContain("literal");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 375})
    void offersToDropTheWordThatLeftNothingWithTheCountItWouldGive(int width) {
        Browser.viewport(browser, width);
        browser.get(platform.address(platform.web) + "/?q=infog%C3%A9rance+zzzqqq&department=2A");

        List<WebElement> suggestions = browser.findElements(By.cssSelector("[data-testid=suggestion]"));
        assertThat(suggestions).extracting(WebElement::getText).contains("« zzzqqq » (1 prestataire)");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        suggestions.stream()
                .filter(s -> s.getText().startsWith("« zzzqqq »"))
                .findFirst()
                .orElseThrow()
                .click();

        waitFor().until(ExpectedConditions.urlContains("department=2A"));
        assertThat(cards()).containsExactly("Atelier Numérique Marchal");
    }

    private List<String> topThree(String query) {
        URI uri = UriBuilder.of("/api/providers")
                .queryParam("q", query)
                .queryParam("size", 3)
                .build();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) vendor.toBlocking()
                .retrieve(HttpRequest.GET(uri.toString()), JSON)
                .get("items");
        return items.stream().map(i -> (String) i.get("name")).toList();
    }

    private static List<String> relevanceSet() throws IOException {
        try (InputStream in = SearchRelevanceIT.class.getResourceAsStream("/search/relevance.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    private List<String> cards() {
        return browser.findElements(By.cssSelector("[data-testid=provider-card] .card-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
