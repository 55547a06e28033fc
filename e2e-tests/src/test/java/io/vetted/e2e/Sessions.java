package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Sessions for the reference journeys: a browser signed in with an account's access token (as the
 * sign-in form would leave it, without replaying MFA in every test), and the platform's moderator.
 */
final class Sessions {

    static final String MODERATOR_EMAIL = "moderation@e2e.vetted.fr";
    static final String MODERATOR_PASSWORD = "une phrase de passe de modération assez longue";
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Sessions() {}

    /** The environment that makes identity-service create the moderator at start-up. */
    static Map<String, String> withModerator() {
        return Map.of("MODERATOR_EMAIL", MODERATOR_EMAIL, "MODERATOR_PASSWORD", MODERATOR_PASSWORD);
    }

    static void signIn(WebDriver browser, Platform platform, String accessToken) {
        browser.manage().deleteAllCookies();
        browser.get(platform.address(platform.web) + "/static/css/vetted.css");
        browser.manage()
                .addCookie(new Cookie.Builder("__Host-vetted_session", accessToken)
                        .path("/")
                        .isSecure(true)
                        .isHttpOnly(true)
                        .sameSite("Lax")
                        .build());
    }

    /** The moderator's access token, with a second factor enrolled when identity-service asks for one. */
    @SuppressWarnings("unchecked")
    static String moderator(Platform platform) {
        try (HttpClient identity = HttpClient.create(
                URI.create(platform.address(platform.identity)).toURL())) {
            var blocking = identity.toBlocking();
            String token = (String) blocking.exchange(
                            HttpRequest.POST(
                                    "/api/auth/login",
                                    Map.of("email", MODERATOR_EMAIL, "password", MODERATOR_PASSWORD)),
                            JSON)
                    .body()
                    .get("accessToken");
            try {
                String secret = (String) blocking.exchange(
                                HttpRequest.POST(
                                                "/api/accounts/me/mfa/enrolment",
                                                Map.of("password", MODERATOR_PASSWORD))
                                        .bearerAuth(token),
                                JSON)
                        .body()
                        .get("secret");
                Map<String, Object> session = (Map<String, Object>) blocking.exchange(
                                HttpRequest.POST("/api/accounts/me/mfa/confirmation", Map.of("code", Totp.code(secret)))
                                        .bearerAuth(token),
                                JSON)
                        .body()
                        .get("session");
                return (String) session.get("accessToken");
            } catch (HttpClientResponseException noMfaHere) {
                return token;
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Date inputs take their value in the browser's own format; setting it directly avoids locale guessing. */
    static void setDate(WebDriver browser, WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }
}
