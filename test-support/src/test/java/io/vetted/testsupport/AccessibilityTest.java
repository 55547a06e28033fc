package io.vetted.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** The checker every page test relies on finds what it must, and only that. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final String HEAD = "<!doctype html><html lang=\"fr\"><head><title>Essai</title>"
            + "<meta name=\"viewport\" content=\"width=device-width\"></head><body><main><h1>Essai</h1>";

    @TempDir
    Path pages;

    private WebDriver browser;

    @BeforeAll
    void open() {
        browser = Browser.chromium("fr");
    }

    @AfterAll
    void close() {
        browser.quit();
    }

    @Test
    void reportsAFieldWithoutALabelAsSerious() throws IOException {
        browser.get(page("unlabelled", "<form><input type=\"text\" name=\"siret\"></form>"));

        assertThat(Accessibility.seriousViolations(browser))
                .singleElement()
                .asString()
                .startsWith("label (critical)");
    }

    @Test
    void reportsTextTooFaintToReadAsSerious() throws IOException {
        browser.get(page("faint", "<p style=\"color:#bbb;background:#fff\">Devis sous 48 heures.</p>"));

        assertThat(Accessibility.seriousViolations(browser))
                .singleElement()
                .asString()
                .startsWith("color-contrast (serious)");
    }

    @Test
    void findsNothingOnALabelledReadablePage() throws IOException {
        browser.get(page("clean", "<form><label for=\"siret\">SIRET</label><input id=\"siret\"></form>"));

        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void measuresHowFarAPageIsWiderThanAPhone() throws IOException {
        browser.get(page("wide", "<div style=\"width:600px\">Tableau</div>"));
        Browser.viewport(browser, 375);

        assertThat(Accessibility.horizontalOverflow(browser)).isGreaterThan(200);
    }

    private String page(String name, String body) throws IOException {
        Path file = pages.resolve(name + ".html");
        Files.writeString(file, HEAD + body + "</main></body></html>");
        return file.toUri().toString();
    }
}
