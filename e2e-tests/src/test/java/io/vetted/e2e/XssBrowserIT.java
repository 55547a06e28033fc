package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Script payloads written into the free-text fields people fill in (names, profile texts,
 * reference comments) come back on every page as inert text: escaped by the templates, and
 * blocked by the CSP should escaping ever fail.
 */
@OnPlatform
class XssBrowserIT {

    static final String PAYLOAD =
            "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">\"'><svg onload=window.__xss=1>";

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private UUID provider;
    private Api.Account owner;

    @BeforeAll
    void start() {
        owner = api.signUpAccount("PROVIDER", "Agence " + PAYLOAD);
        provider = api.publishedProvider(owner.accessToken(), "Infogérance " + PAYLOAD, "Brest", "HELPDESK", null);
        Api.Account client = api.signUpAccount("SME", "PME " + PAYLOAD);
        api.postReference(client.accessToken(), provider, 4, "Très bien " + PAYLOAD);
        browser.get(platform.address(platform.web) + "/static/css/vetted.css");
        browser.manage()
                .addCookie(new Cookie.Builder("__Host-vetted_session", owner.accessToken())
                        .path("/")
                        .isSecure(true)
                        .isHttpOnly(true)
                        .sameSite("Lax")
                        .build());
    }

    @ParameterizedTest(name = "{0} shows the payloads as text")
    @ValueSource(strings = {"/?q=Brest", "/providers/{provider}", "/account", "/my/team"})
    void rendersEveryPayloadInert(String page) {
        browser.get(platform.address(platform.web) + page.replace("{provider}", provider.toString()));

        assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined"))
                .isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("img[src='x'], svg[onload], script:not([src])")))
                .isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("<script>window.__xss=1</script>");
    }
}
