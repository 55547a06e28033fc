package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.vetted.e2e.AccessibilityPages.Page;
import io.vetted.e2e.AccessibilityPages.Visitor;
import io.vetted.testsupport.Accessibility;
import io.vetted.testsupport.Browser;
import io.vetted.testsupport.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA on every distinct page ({@link AccessibilityPages}), in French and English, on a
 * phone (375 px) and a laptop (1280 px): no serious or critical axe-core violation; on the phone
 * and a tablet (768 px) nothing wider than the screen; and on the French site no English, no raw
 * message key or code ({@link FrenchOnly}). One browser and one platform for all of them.
 */
@OnPlatform
class AccessibilityBrowserIT {

    private static final int PHONE = 375;
    private static final int TABLET = 768;
    private static final int LAPTOP = 1280;

    private Platform platform;
    private Api api;
    private WebDriver browser;
    private final Map<Visitor, String> tokens = new EnumMap<>(Visitor.class);
    private final Map<String, String> fixtures = new java.util.HashMap<>();
    private int width;

    @BeforeAll
    void start() {
        VendorProfiles profiles = new VendorProfiles(api);
        String owner = api.signUp("PROVIDER", "Alpes Infogérance");
        UUID provider = profiles.published(
                owner,
                "Alpes Infogérance",
                "AGENCY",
                "Grenoble",
                "38",
                List.of("HELPDESK", "SERVERS_INFRASTRUCTURE"),
                VendorProfiles.offer("Infogérance du poste", "MONTHLY_FIXED", "PER_DEVICE", 30));
        profiles.sla(owner, provider, "TWENTY_FOUR_SEVEN", 30);
        fixtures.put("{offer}", scheduleShortNoticeRise(owner, provider));
        UUID other = profiles.published(
                api.signUp("PROVIDER", "Savoie Support"),
                "Savoie Support",
                "FREELANCE",
                "Annecy",
                "74",
                List.of("HELPDESK"),
                VendorProfiles.offer("Dépannage à l’heure", "HOURLY", null, 55));
        String sme = api.signUp("SME", "Boulangerie Martin");
        String reference = (String) api.postReference(sme, provider, 4, "Réactifs et clairs sur les délais.")
                .body()
                .get("id");
        String reporter = api.signUp("SME", "Cave des Lices");
        api.reviewCall(HttpRequest.POST(
                        "/api/references/" + reference + "/reports",
                        Map.of("reason", "PERSONAL_DATA", "details", "Un nom de salarié."))
                .bearerAuth(reporter));
        tokens.put(Visitor.SME, sme);
        tokens.put(Visitor.PROVIDER, owner);
        tokens.put(Visitor.NEW_PROVIDER, api.signUp("PROVIDER", "Nouveau Prestataire"));
        tokens.put(Visitor.MODERATOR, Sessions.moderator(platform));
        fixtures.put("{provider}", provider.toString());
        fixtures.put("{other}", other.toString());
        fixtures.put("{reference}", reference);
        BuyerFixtures buyer = new BuyerFixtures(platform);
        String shortlist = buyer.shortlist(sme, "Infogérance Grenoble", provider);
        fixtures.put("{shortlist}", shortlist);
        fixtures.put("{shared}", buyer.share(sme, shortlist));
        buyer.saveSearch(sme, "Support à Grenoble", "q=support&department=38");
        quoteRequests(sme, owner, provider, other);
    }

    /** {shortlist} with an answer flagged against the profile ({quote}); {openQuote} awaits the owner's answer. */
    private void quoteRequests(String sme, String owner, UUID provider, UUID other) {
        try (QuoteRequests quotes = new QuoteRequests(platform)) {
            quotes.requirements(sme, 10);
            String list = quotes.shortlist(sme, provider, other);
            String answered = quotes.send(sme, list, provider, "Devis pour dix postes à Grenoble.");
            quotes.answer(owner, answered, QuoteRequests.slowerAnswer(400, 240));
            fixtures.put("{shortlist}", list);
            fixtures.put("{quote}", answered);
            fixtures.put("{openQuote}", quotes.send(sme, quotes.shortlist(sme, provider), provider, "Second devis."));
        }
    }

    /** A rise in 5 days where 30 were promised: the editor and the public page then show a flagged, scheduled change. */
    @SuppressWarnings("unchecked")
    private String scheduleShortNoticeRise(String owner, UUID provider) {
        Map<String, Object> offer =
                ((List<Map<String, Object>>) api.provider(provider).get("offers")).get(0);
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + provider + "/offers/" + offer.get("id"),
                        Map.of(
                                "version",
                                offer.get("version"),
                                "title",
                                offer.get("title"),
                                "priceEur",
                                36,
                                "priceEffectiveFrom",
                                LocalDate.now(ZoneId.of("Europe/Paris"))
                                        .plusDays(5)
                                        .toString()))
                .bearerAuth(owner));
        return (String) offer.get("id");
    }

    /** Widths outermost; each phone case also checks the same page at 768 px. */
    static List<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (int width : List.of(PHONE, LAPTOP)) {
            for (String language : List.of("fr", "en")) {
                AccessibilityPages.ALL.forEach(page -> all.add(Arguments.of(page, language, width)));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} ({1}, {2} px)")
    @MethodSource("pages")
    void isAccessibleFitsTheScreenAndSpeaksTheVisitorsLanguage(Page page, String language, int pageWidth) {
        visit(page, language, pageWidth);

        assertThat(Accessibility.seriousViolations(browser))
                .as(
                        "serious or critical axe-core violations on %s (%s, %d px) at %s",
                        page, language, pageWidth, browser.getCurrentUrl())
                .isEmpty();
        assertThat(Accessibility.headerLines(browser))
                .as("lines of the header on %s (%s, %d px)", page, language, pageWidth)
                .isLessThanOrEqualTo(2);
        if (pageWidth == PHONE) {
            assertFitsTheScreen(page, language, PHONE);
            // the same page on a tablet: resized in place rather than loaded again (CI time)
            Browser.viewport(browser, TABLET);
            width = TABLET;
            assertFitsTheScreen(page, language, TABLET);
            assertThat(Accessibility.headerLines(browser))
                    .as("lines of the header on %s (%s, %d px)", page, language, TABLET)
                    .isLessThanOrEqualTo(2);
        }
        if (language.equals("fr") && pageWidth == LAPTOP) {
            assertThat(FrenchOnly.foreignText(browser))
                    .as("English, raw keys or codes on the French %s at %s", page, browser.getCurrentUrl())
                    .isEmpty();
        }
    }

    private void assertFitsTheScreen(Page page, String language, int pageWidth) {
        assertThat(Accessibility.horizontalOverflow(browser))
                .as(
                        "sideways scrolling on %s (%s, %d px) at %s; wider than the screen: %s",
                        page, language, pageWidth, browser.getCurrentUrl(), Accessibility.widestElements(browser))
                .isZero();
    }

    private void visit(Page page, String language, int pageWidth) {
        if (width != pageWidth) {
            Browser.viewport(browser, pageWidth);
            width = pageWidth;
        }
        // cookies are set for the page shown: a page of the site's own before the first visit (CI time)
        if (!browser.getCurrentUrl().startsWith(platform.address(platform.web))) {
            browser.get(platform.address(platform.web) + "/static/css/vetted.css");
        }
        browser.manage().deleteAllCookies();
        browser.manage()
                .addCookie(new Cookie.Builder("__Host-vetted_lang", language)
                        .path("/")
                        .isSecure(true)
                        .build());
        String token = tokens.get(page.visitor());
        if (token != null) {
            browser.manage()
                    .addCookie(new Cookie.Builder("__Host-vetted_session", token)
                            .path("/")
                            .isSecure(true)
                            .isHttpOnly(true)
                            .sameSite("Lax")
                            .build());
        }
        String path = page.path();
        for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
            path = path.replace(fixture.getKey(), fixture.getValue());
        }
        browser.get(platform.address(platform.web) + path);
        if (token != null) {
            assertThat(browser.getCurrentUrl())
                    .as("%s is shown to its signed-in visitor, not the sign-in page", page)
                    .doesNotContain("/login");
        }
        if (page.submit() != null) {
            WebElement button = browser.findElement(By.cssSelector(page.submit()));
            button.click();
            Browser.awaitReplaced(browser, button);
        }
    }
}
