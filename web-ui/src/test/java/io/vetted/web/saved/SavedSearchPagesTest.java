package io.vetted.web.saved;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import io.vetted.web.SmeVisitor;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchPagesTest implements ServicesTest {

    private static final String ID = "5e6f7a8b-3333-4c4d-8e9f-0a1b2c3d4e5f";
    private static final String SEARCH = "{\"id\":\"" + ID + "\",\"name\":\"Support à Lyon\","
            + "\"query\":\"q=support&specialty=HELPDESK&region=84\",\"lastVisitedAt\":\"2026-11-20T08:30:00Z\","
            + "\"createdAt\":\"2026-11-01T10:00:00Z\",\"alerts\":true}";

    private final FakeServices services = new FakeServices()
            .answer("/api/buyer/saved-searches", "[" + SEARCH + "]")
            .answer("/api/buyer/saved-searches/" + ID + "/visits", SEARCH)
            .emptySearch()
            .answer("/api/providers", "{\"items\":[],\"total\":3,\"page\":0,\"size\":1}");

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
    void countsTheProvidersPublishedSinceTheLastRunWithTheSavedFilters() {
        var page = SmeVisitor.sme(http).get("/my/saved-searches");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("Support à Lyon", "3 new providers");
        var count = services.callsTo("/api/providers")
                .get(services.callsTo("/api/providers").size() - 1);
        assertThat(count.query())
                .contains(
                        "q=support",
                        "specialty=HELPDESK",
                        "region=84",
                        "size=1",
                        "publishedAfter=2026-11-20T08%3A30%3A00Z");
    }

    @Test
    void countsSeveralSearchesAtTheSameTimeRatherThanOneAfterTheOther() {
        String searches = IntStream.range(0, NewMatches.LANES)
                .mapToObj(i -> SEARCH.replace(ID.substring(0, 8), "0000000" + i).replace("Lyon", "Lyon " + i))
                .collect(Collectors.joining(",", "[", "]"));
        services.answer("/api/buyer/saved-searches", searches);
        // asked one after the other, the first count would wait out the patience and get a 504
        services.together(
                Duration.ofSeconds(2),
                Collections.nCopies(NewMatches.LANES, "/api/providers").toArray(String[]::new));
        try {
            var page = SmeVisitor.sme(http).get("/my/saved-searches");

            assertThat(page.body())
                    .contains("Support à Lyon 0", "Support à Lyon " + (NewMatches.LANES - 1))
                    .doesNotContain("New providers cannot be counted right now.");
            assertThat(page.body().split("3 new providers", -1)).hasSize(NewMatches.LANES + 1);
        } finally {
            services.answer("/api/buyer/saved-searches", "[" + SEARCH + "]");
        }
    }

    @Test
    void saysMoreThanTheCountWhenVendorServiceStoppedCounting() {
        services.answer(
                "/api/providers", "{\"items\":[],\"total\":1000,\"totalIsLowerBound\":true,\"page\":0,\"size\":1}");
        try {
            var page = SmeVisitor.sme(http).get("/my/saved-searches");

            assertThat(page.body()).contains("More than 1,000 new providers").doesNotContain("1000 new providers");
        } finally {
            services.answer("/api/providers", "{\"items\":[],\"total\":3,\"page\":0,\"size\":1}");
        }
    }

    @Test
    void stillListsTheSearchesWhenVendorServiceCannotCount() {
        services.fail("/api/providers", 503);
        try {
            var page = SmeVisitor.sme(http).get("/my/saved-searches");

            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body()).contains("Support à Lyon", "New providers cannot be counted right now.");
        } finally {
            services.answer("/api/providers", "{\"items\":[],\"total\":3,\"page\":0,\"size\":1}");
        }
    }

    @Test
    void rerunningRecordsTheVisitThenOpensTheSearchAsSaved() {
        var answer = SmeVisitor.sme(http).post("/my/saved-searches/" + ID + "/run", "x=");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/?q=support&region=84&specialty=HELPDESK");
        assertThat(services.callsTo("/api/buyer/saved-searches/" + ID + "/visits"))
                .anySatisfy(call -> assertThat(call.method()).isEqualTo("POST"));
    }

    @Test
    void reportsDeletingASearchBuyerServiceDoesNotKnowAsRefusedNeverAsDone() {
        // buyer-service answers 404 for a search that is not this visitor's (or no longer exists)
        var answer = SmeVisitor.sme(http).post("/my/saved-searches/" + UUID.randomUUID() + "/deletion", "x=");

        assertThat(answer.code()).isEqualTo(404);
        assertThat(answer.location()).isNull();
    }

    @Test
    void savesTheSearchPagesQueryStringUnderTheNameGiven() {
        services.answer("/api/buyer/saved-searches", SEARCH);
        var answer =
                SmeVisitor.sme(http).post("/my/saved-searches", "name=Sauvegarde&query=q%3Dbackup%26mode%3DREMOTE");
        var calls = services.callsTo("/api/buyer/saved-searches");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/my/saved-searches?ok=searchSaved");
        services.answer("/api/buyer/saved-searches", "[" + SEARCH + "]");
        assertThat(calls.get(calls.size() - 1).body())
                .contains("\"name\":\"Sauvegarde\"", "\"query\":\"q=backup&mode=REMOTE\"");
    }

    @Test
    void sendsTheSearchAsVendorServiceReadsItSoThatNewProvidersItFindsAreAlerted() {
        services.answer("/api/buyer/saved-searches", SEARCH);
        SmeVisitor.sme(http)
                .post("/my/saved-searches", "name=Forfaits&query=maxPrice%3D80%26specialty%3DHELPDESK%26sort%3DPRICE");
        var calls = services.callsTo("/api/buyer/saved-searches");

        services.answer("/api/buyer/saved-searches", "[" + SEARCH + "]");
        assertThat(calls.get(calls.size() - 1).body())
                .contains("\"vendorQuery\":\"specialty=HELPDESK&pricing=HOURLY&maxPrice=80\"");
    }

    @Test
    void asksForANameNextToTheFieldBeforeSaving() {
        var answer = SmeVisitor.sme(http).post("/my/saved-searches", "name=&query=q%3Dbackup");

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"name-error\"", "Enter a name for the search.");
    }

    @Test
    void offersToSaveTheSearchAsRun() {
        assertThat(SmeVisitor.sme(http).get("/?q=backup&mode=REMOTE").body())
                .contains("href=\"/my/saved-searches/new?query=q%3Dbackup%26mode%3DREMOTE\"");
    }
}
