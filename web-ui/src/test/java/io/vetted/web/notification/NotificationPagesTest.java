package io.vetted.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import io.vetted.web.SmeVisitor;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationPagesTest implements ServicesTest {

    private static final String ID = "7a1b2c3d-4444-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String UNREAD = "{\"id\":\"" + ID + "\",\"kind\":\"PRICE_ALERT\","
            + "\"subject\":\"Alpes Réseaux raises its prices\",\"body\":\"From €900 to €990 a month.\","
            + "\"link\":\"/providers/5e6f7a8b-3333-4c4d-8e9f-0a1b2c3d4e5f\",\"createdAt\":\"2026-11-20T08:30:00Z\"}";
    private static final String TOKEN = "c2lnbmVkLXRva2Vu";

    private final FakeServices services = new FakeServices()
            .answer("/api/notifications/unread-count", "{\"count\":3}")
            .answer("/api/notifications", "{\"items\":[" + UNREAD + "],\"unread\":3,\"limit\":20,\"offset\":0}")
            .answer("/api/notifications/" + ID + "/read", "")
            .answer("/api/notification-preferences", "{\"preferences\":[{\"kind\":\"QUOTE\",\"delivery\":\"WEEKLY\"}]}")
            .answer("/api/notifications/unsubscribe/" + TOKEN, "{\"kinds\":[\"PRICE_ALERT\"]}");

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return ServicesTest.signedInReadingRedirects();
    }

    @Test
    void showsTheUnreadCountOnTheNavigationLinkAlsoForScreenReaders() {
        var page = SmeVisitor.sme(http).get("/my/notifications");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"unread-badge\"", "<span class=\"visually-hidden\">3 unread</span>");
    }

    @Test
    void showsNoBadgeRatherThanAnErrorWhenIdentityCannotCount() {
        services.fail("/api/notifications/unread-count", 503);
        try {
            var page = SmeVisitor.sme(http).get("/my/saved-searches/new");

            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body())
                    .contains("data-testid=\"nav-notifications\"")
                    .doesNotContain("unread-badge");
        } finally {
            services.answer("/api/notifications/unread-count", "{\"count\":3}");
        }
    }

    @Test
    void marksUnreadItemsVisiblyWithAButtonToMarkEachRead() {
        var page = SmeVisitor.sme(http).get("/my/notifications");

        assertThat(page.body())
                .contains("Alpes Réseaux raises its prices", "data-testid=\"unread-mark\"", ">New<")
                .contains("action=\"/my/notifications/" + ID + "/read\"", "Mark all as read");
    }

    @Test
    void markingOneReadLeadsBackToTheCentreWithAConfirmation() {
        var answer = SmeVisitor.sme(http).post("/my/notifications/" + ID + "/read", "x=");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/my/notifications?ok=notificationRead");
        assertThat(services.callsTo("/api/notifications/" + ID + "/read"))
                .anySatisfy(call -> assertThat(call.method()).isEqualTo("POST"));
    }

    @Test
    void savesTheChoicesOfTheSettingsFormAsPreferences() {
        var answer = SmeVisitor.sme(http).post("/my/settings/notifications", "priceAlert=DAILY&quote=NEVER");
        var calls = services.callsTo("/api/notification-preferences");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/my/settings/notifications?ok=notificationSettings");
        assertThat(calls.get(calls.size() - 1).body())
                .contains(
                        "{\"kind\":\"PRICE_ALERT\",\"delivery\":\"DAILY\"}",
                        "{\"kind\":\"QUOTE\",\"delivery\":\"NEVER\"}");
    }

    @Test
    void showsTheCurrentChoicesAndRefusesAnUnknownOneNextToItsField() {
        assertThat(SmeVisitor.sme(http).get("/my/settings/notifications").body())
                .contains("<option value=\"WEEKLY\" selected>A weekly digest</option>");

        var answer = SmeVisitor.sme(http).post("/my/settings/notifications", "priceAlert=HOURLY");

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"priceAlert-error\"", "Choose one of the options offered.");
    }

    @Test
    void openingAnUnsubscribeLinkChangesNothingAndOffersAButton() {
        int before = posts();

        var page = SmeVisitor.anonymous(http).get("/unsubscribe/" + TOKEN);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Price alerts", "data-testid=\"confirm-unsubscribe\"");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void aMailClientsOneClickPostUnsubscribesWithoutASessionOrCsrfToken() {
        var answer = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/unsubscribe/" + TOKEN, "List-Unsubscribe=One-Click")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .header("Accept-Language", "en"),
                        String.class);

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.body()).contains("data-testid=\"unsubscribe-done\"");
        assertThat(posts()).isPositive();
    }

    @Test
    void answers404ForAnUnsubscribeLinkIdentityDoesNotKnow() {
        var page = SmeVisitor.anonymous(http).get("/unsubscribe/not-a-known-token");

        assertThat(page.code()).isEqualTo(404);
        assertThat(page.body()).contains("This unsubscribe link is not valid.");
    }

    private int posts() {
        return (int) services.callsTo("/api/notifications/unsubscribe/" + TOKEN).stream()
                .filter(call -> "POST".equals(call.method()))
                .count();
    }
}
