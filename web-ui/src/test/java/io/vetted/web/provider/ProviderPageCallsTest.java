package io.vetted.web.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import io.vetted.web.SmeVisitor;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A provider page asks vendor-service for the profile and review-service for the reputation and the
 * references at the same time: the fake services below answer each of those calls only once all of
 * them have been made, so a page asking one after the other gets a 504 on its first call.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderPageCallsTest implements ServicesTest {

    private static final String OWNER = "7f0e4f6c-6666-4c1c-9a4e-3f9d2b1a0c03";
    private static final String PROFILE = "5b1c8e2a-6666-4d5e-8f90-1a2b3c4d5e70";
    private static final String OFFER = "6c2d9f3b-6666-4e6f-9a01-2b3c4d5e6f71";
    private static final String PROFILE_CALL = "/api/providers/" + PROFILE;
    private static final String REPUTATION_CALL = PROFILE_CALL + "/reputation";
    private static final String REFERENCES_CALL = PROFILE_CALL + "/references";
    private static final String UNREAD_CALL = "/api/notifications/unread-count";
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final String REPUTATION = "{\"version\":4,\"referenceCount\":2,\"verifiedReferenceCount\":1,"
            + "\"labels\":{},\"averageRating\":4.5,\"bayesianRating\":4.1,\"recommendShare\":1.0,"
            + "\"priceIncreaseShare\":0.5,\"currentClientCount\":1,\"criteria\":{},\"distribution\":[0,0,0,1,1]}";

    private final String profile =
            FakeProfiles.withScheduledRise(PROFILE, OWNER, OFFER, LocalDate.now(ZoneId.of("Europe/Paris")));
    private final FakeServices services = new FakeServices()
            .emptySearch()
            .answer(PROFILE_CALL, profile)
            .answer("/api/providers/mine", profile)
            .answer(REPUTATION_CALL, REPUTATION)
            .answer(REFERENCES_CALL, "{\"items\":[],\"total\":0,\"page\":0,\"size\":10}")
            .answer("/api/references/mine", "[]")
            .answer(UNREAD_CALL, "{\"count\":3}");

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
    void asksForTheProfileTheReputationAndTheReferencesAtTheSameTime() {
        services.together(PATIENCE, PROFILE_CALL, REPUTATION_CALL, REFERENCES_CALL);

        SmeVisitor.Answer page = SmeVisitor.anonymous(http).get("/providers/" + PROFILE);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("Agence Tarifs")
                .contains("2 client references")
                .contains("1 verified reference out of 2");
    }

    @Test
    void asksForAnSmesOwnReferencesAndUnreadNotificationsAlongsideThePage() {
        services.together(
                PATIENCE, PROFILE_CALL, REPUTATION_CALL, REFERENCES_CALL, "/api/references/mine", UNREAD_CALL);
        int asked = services.callsTo(UNREAD_CALL).size();

        SmeVisitor.Answer page = SmeVisitor.sme(http).get("/providers/" + PROFILE);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("Agence Tarifs")
                .contains("2 client references")
                .contains("<span class=\"visually-hidden\">3 unread</span>");
        assertThat(services.callsTo(UNREAD_CALL)).hasSize(asked + 1); // asked once, not again for the page
    }

    @Test
    void asksWhetherASignedInProviderActsForThisOneAlongsideThePage() {
        services.together(PATIENCE, PROFILE_CALL, REPUTATION_CALL, REFERENCES_CALL, "/api/providers/mine", UNREAD_CALL);
        Cookie session = Cookie.of("__Host-vetted_session", TestIssuer.shared().token(OWNER, "PROVIDER"));

        String page = http.toBlocking()
                .retrieve(HttpRequest.GET("/providers/" + PROFILE)
                        .header("Accept-Language", "en")
                        .cookie(session));

        assertThat(page).contains("Agence Tarifs").contains("2 client references");
        assertThat(services.callsTo("/api/providers/mine"))
                .last()
                .satisfies(call -> assertThat(call.authorization()).startsWith("Bearer "));
    }

    @Test
    void asksForTheProviderAndItsReferencesListAtTheSameTime() {
        services.together(PATIENCE, PROFILE_CALL, REFERENCES_CALL);

        SmeVisitor.Answer page = SmeVisitor.anonymous(http).get("/providers/" + PROFILE + "/references?sort=RECENT");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Agence Tarifs");
    }

    @Test
    void stillShowsTheProfileWhenReviewServiceCannotGiveTheReputation() {
        services.fail(REPUTATION_CALL, 503);
        try {
            SmeVisitor.Answer page = SmeVisitor.anonymous(http).get("/providers/" + PROFILE);

            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Agence Tarifs")
                    .contains("No reference yet")
                    .doesNotContain("2 client references");
        } finally {
            services.answer(REPUTATION_CALL, REPUTATION);
        }
    }

    @Test
    void answersNotFoundForAnUnknownProviderWhateverReviewServiceSays() {
        String unknown = "5b1c8e2a-6666-4d5e-8f90-000000000000";

        SmeVisitor.Answer page = SmeVisitor.anonymous(http).get("/providers/" + unknown);

        assertThat(page.code()).isEqualTo(404);
        assertThat(services.callsTo("/api/providers/" + unknown)).hasSize(1);
    }
}
