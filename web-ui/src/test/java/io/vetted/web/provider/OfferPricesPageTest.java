package io.vetted.web.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The prices of an offer as its owner edits them and as buyers read them: today's price and the
 * announced one apart, a warning before a rise with less notice than promised, and every change.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferPricesPageTest implements ServicesTest {

    private static final String OWNER = "7f0e4f6c-2222-4c1c-9a4e-3f9d2b1a0c03";
    private static final String PROFILE = "5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e70";
    private static final String OFFER = "6c2d9f3b-4444-4e6f-9a01-2b3c4d5e6f71";
    private static final String UPDATE = "/api/providers/" + PROFILE + "/offers/" + OFFER;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .emptySearch()
            .answer("/api/providers/mine", FakeProfiles.withScheduledRise(PROFILE, OWNER, OFFER, TODAY))
            .answer("/api/providers/" + PROFILE, FakeProfiles.withScheduledRise(PROFILE, OWNER, OFFER, TODAY))
            .answer("/api/providers/" + PROFILE + "/references", "{\"items\":[],\"total\":0}")
            .answer(UPDATE, "{}");
    private final Cookie session = Cookie.of("__Host-vetted_session", issuer.token(OWNER, "PROVIDER"));

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
    void showsTheCurrentAndTheScheduledPriceApartEachWithItsDate() {
        String page = get("/my/provider/offers/" + OFFER, "en");

        assertThat(page)
                .contains("Current price: €490 excl. VAT / month, since " + english(TODAY.minusDays(100)) + ".")
                .contains("Scheduled price: €540 excl. VAT / month from " + english(TODAY.plusDays(10))
                        + " (in 10 days).")
                .contains("Announced 10 days ahead although you promised 30 days’ notice");
    }

    @Test
    void listsTheScheduledRiseAndItsShortNoticeOnTheOffersPage() {
        String page = get("/my/provider/offers", "fr");

        assertThat(page)
                .contains("Prévu : 540\u00a0€ HT / mois à partir du")
                .contains("Annoncée 10 jours avant alors que vous aviez promis 30 jours de préavis");
    }

    @Test
    void warnsBeforeSavingARiseWithLessNoticeThanPromisedAndSendsNothing() {
        int before = services.callsTo(UPDATE).size();

        assertThatThrownBy(() -> change("en", "600", TODAY.plusDays(3), false))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("This rise takes effect in 3 days although you promised 30 days’ notice: "
                                    + "buyers will see it flagged. Choose a date from "
                                    + english(TODAY.plusDays(30)))
                            .contains("id=\"priceEffectiveFrom-error\"")
                            .contains("name=\"confirmShortNotice\"")
                            .contains("value=\"600\"");
                });
        assertThat(services.callsTo(UPDATE)).hasSize(before);
    }

    @Test
    void warnsInFrenchOnTheFrenchSite() {
        assertThatThrownBy(() -> change("fr", "600", TODAY, false))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getResponse().getBody(String.class).orElseThrow())
                                .contains("Cette hausse s’applique dès aujourd’hui alors que vous avez promis"
                                        + " 30 jours de préavis : les acheteurs la verront signalée."));
    }

    @Test
    void savesARiseWithShortNoticeOnceTheOwnerConfirmsIt() {
        int before = services.callsTo(UPDATE).size();

        HttpResponse<String> saved = change("en", "600", TODAY.plusDays(3), true);

        assertThat(saved.code()).isEqualTo(303);
        assertThat(services.callsTo(UPDATE)).hasSize(before + 1);
    }

    @Test
    void savesARiseWithTheNoticePromisedWithoutAsking() {
        assertThat(change("en", "600", TODAY.plusDays(30), false).code()).isEqualTo(303);
    }

    @Test
    void savesACutAtOnceWithoutAsking() {
        assertThat(change("en", "400", TODAY, false).code()).isEqualTo(303);
    }

    @Test
    void listsEveryAnnouncedChangeOnThePublicPageWithWhetherTheNoticeWasKept() {
        String page = get("/providers/" + PROFILE, "en");

        assertThat(page)
                .contains("Announced price changes (2)")
                .contains("From €490 to €540 (+10.2%)")
                .contains("Notice not kept: announced 10 days ahead, although 30 days were promised.")
                .contains("From €450 to €490 (+8.9%)")
                .contains("Notice kept: announced 40 days ahead, 30 days promised.")
                .contains("From " + english(TODAY.plusDays(10)));
        assertThat(page.indexOf("From €490 to €540")).isLessThan(page.indexOf("From €450 to €490"));
    }

    private String get(String path, String language) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET(path)
                        .header("Accept-Language", language)
                        .cookie(session));
    }

    private HttpResponse<String> change(String language, String price, LocalDate from, boolean confirmed) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/my/provider/offers/" + OFFER)
                                .header("Accept-Language", language)
                                .cookie(session),
                        String.class);
        String token = CsrfToken.of(page);
        String form = "csrfToken=" + token + "&version=3&title=Forfait&priceEur=" + price
                + "&priceEffectiveFrom=" + from + "&included=&minimumCommitmentMonths=0&priceChangeNoticeDays=30"
                + (confirmed ? "&confirmShortNotice=true" : "");
        return http.toBlocking()
                .exchange(
                        HttpRequest.POST("/my/provider/offers/" + OFFER, form)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                                .header("Accept-Language", language)
                                .cookie(session)
                                .cookie(page.getCookie("__Host-csrfToken").orElseThrow()),
                        String.class);
    }

    private static String english(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH)
                .format(date);
    }
}
