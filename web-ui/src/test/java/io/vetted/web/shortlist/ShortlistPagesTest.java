package io.vetted.web.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

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
class ShortlistPagesTest implements ServicesTest {

    private static final String LIST = "8d2f4b1a-1111-4c2e-9f3a-5b6c7d8e9f01";
    private static final String PROVIDER = "1a2b3c4d-2222-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
    private static final String SHORTLIST = "{\"id\":\"" + LIST + "\",\"name\":\"Support Lyon\",\"shared\":false,"
            + "\"entries\":[{\"providerId\":\"" + PROVIDER + "\",\"note\":\"Très réactifs au téléphone\","
            + "\"status\":\"QUOTE_REQUESTED\",\"addedAt\":\"2026-11-01T10:00:00Z\",\"updatedAt\":\"2026-11-01T10:00:00Z\"}],"
            + "\"createdAt\":\"2026-11-01T10:00:00Z\"}";

    private final FakeServices services = new FakeServices()
            .emptySearch()
            .answer("/api/buyer/shortlists/" + LIST, SHORTLIST)
            .answer("/api/buyer/shortlists/" + LIST + "/entries/" + PROVIDER, SHORTLIST)
            .answer(
                    "/api/providers/" + PROVIDER,
                    "{\"id\":\"" + PROVIDER + "\",\"name\":\"Infogérance Rhône\",\"kind\":\"AGENCY\","
                            + "\"city\":\"Lyon\",\"version\":1}")
            .answer(
                    "/api/buyer/shared-shortlists/" + TOKEN,
                    "{\"name\":\"Support Lyon\",\"entries\":[{\"providerId\":\"" + PROVIDER
                            + "\",\"status\":\"QUOTE_REQUESTED\"}]}");

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
    void showsEachProviderWithItsNameNoteAndStatusAndAComparisonOfThem() {
        var page = SmeVisitor.sme(http).get("/my/shortlists/" + LIST);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Infogérance Rhône",
                        "Très réactifs au téléphone",
                        "<option value=\"QUOTE_REQUESTED\" selected>",
                        "href=\"/compare?ids=" + PROVIDER + "\"",
                        "data-testid=\"shortlist-actions\"");
    }

    @Test
    void refusesARejectionWithoutAReasonNextToTheReasonWithoutSaving() {
        int saves = services.callsTo("/api/buyer/shortlists/" + LIST + "/entries/" + PROVIDER)
                .size();

        var answer = SmeVisitor.sme(http)
                .post(
                        "/my/shortlists/" + LIST + "/entries/" + PROVIDER,
                        "note=Trop+cher&status=REJECTED&rejectionReason=");

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body())
                .contains("id=\"reason-" + PROVIDER + "-error\"", "Say why you rejected this provider.", "Trop cher");
        assertThat(services.callsTo("/api/buyer/shortlists/" + LIST + "/entries/" + PROVIDER))
                .hasSize(saves);
    }

    @Test
    void asksForAStatusNextToTheFieldWhenTheFormHasNone() {
        var answer = SmeVisitor.sme(http).post("/my/shortlists/" + LIST + "/entries/" + PROVIDER, "note=");

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"status-" + PROVIDER + "-error\"", "Choose a status.");
    }

    @Test
    void savesTheNoteAndStatusThenShowsTheShortlistAgain() {
        var answer = SmeVisitor.sme(http)
                .post(
                        "/my/shortlists/" + LIST + "/entries/" + PROVIDER,
                        "note=Rappeler+lundi&status=REJECTED&rejectionReason=Pas+d%27astreinte");
        var calls = services.callsTo("/api/buyer/shortlists/" + LIST + "/entries/" + PROVIDER);

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/my/shortlists/" + LIST + "?ok=entrySaved");
        assertThat(calls.get(calls.size() - 1).body())
                .contains(
                        "\"note\":\"Rappeler lundi\"",
                        "\"status\":\"REJECTED\"",
                        "\"rejectionReason\":\"Pas d'astreinte\"");
    }

    @Test
    void showsTheReadOnlyLinkOnceRightAfterMakingIt() {
        services.answer(
                "/api/buyer/shortlists/" + LIST + "/share",
                "{\"token\":\"" + TOKEN + "\",\"path\":\"/api/buyer/shared-shortlists/" + TOKEN + "\"}");

        var answer = SmeVisitor.sme(http).post("/my/shortlists/" + LIST + "/share", "x=");

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.body()).contains("href=\"/shared/shortlists/" + TOKEN + "\"", "it will not be shown again");
        assertThat(SmeVisitor.sme(http).get("/my/shortlists/" + LIST).body()).doesNotContain(TOKEN);
    }

    @Test
    void showsASharedShortlistToAnyoneWithoutTheNotes() {
        var page = SmeVisitor.anonymous(http).get("/shared/shortlists/" + TOKEN);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("Support Lyon", "Infogérance Rhône", "Quote requested")
                .doesNotContain("Très réactifs");
        assertThat(services.callsTo("/api/buyer/shared-shortlists/" + TOKEN))
                .allSatisfy(call -> assertThat(call.authorization()).isNull());
    }

    @Test
    void answers404ForALinkThatWasRevoked() {
        assertThat(SmeVisitor.anonymous(http)
                        .get("/shared/shortlists/RevokedLinkToken0123456789")
                        .code())
                .isEqualTo(404);
    }

    @Test
    void addsAProviderToANewShortlistThenGoesBackToTheSearch() {
        services.answer("/api/buyer/shortlists", SHORTLIST)
                .answer("/api/buyer/shortlists/" + LIST + "/entries", SHORTLIST);

        var answer = SmeVisitor.sme(http)
                .post(
                        "/my/shortlists/add",
                        "providerId=" + PROVIDER + "&shortlistId=new&newName=Support+Lyon&returnTo=%2F%3Fq%3Dsupport");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/?q=support&ok=shortlistAdded");
        assertThat(services.callsTo("/api/buyer/shortlists").get(0).body()).contains("\"name\":\"Support Lyon\"");
        assertThat(services.callsTo("/api/buyer/shortlists/" + LIST + "/entries")
                        .get(0)
                        .body())
                .contains("\"providerId\":\"" + PROVIDER + "\"");
    }

    @Test
    void offersAddingASearchResultToAShortlistToSmeAccountsAndSignInToVisitors() {
        services.answer(
                "/api/providers",
                "{\"items\":[{\"id\":\"" + PROVIDER + "\",\"name\":\"Infogérance Rhône\",\"kind\":\"AGENCY\","
                        + "\"city\":\"Lyon\",\"referenceCount\":0,\"verifiedReferenceCount\":0}],"
                        + "\"total\":1,\"page\":0,\"size\":20}");

        assertThat(SmeVisitor.sme(http).get("/?q=support").body())
                .contains("href=\"/my/shortlists/add?providerId=" + PROVIDER + "&amp;returnTo=%2F%3Fq%3Dsupport\"");
        assertThat(SmeVisitor.anonymous(http).get("/?q=support").body())
                .contains("Sign in to add to a shortlist")
                .doesNotContain("data-testid=\"shortlist-add\"");
    }
}
