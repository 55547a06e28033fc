package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** vendor-service with the real services around it: drafts stay private, and the demo data loads whole. */
@OnPlatform(webUi = false)
class VendorApiIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Platform platform;
    private Api api;
    private HttpClient vendor;

    @BeforeAll
    void start() throws IOException {
        vendor = HttpClient.create(URI.create(platform.address(platform.vendor)).toURL());
    }

    @AfterAll
    void stop() {
        vendor.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewServiceTreatsADraftAsUnknownUntilItIsPublished() {
        String owner = api.signUp("PROVIDER", "Brouillon Conseil");
        Map<String, Object> draft = vendor.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                        "/api/providers",
                                        Map.of(
                                                "name",
                                                "Brouillon Conseil",
                                                "kind",
                                                "FREELANCE",
                                                "deliveryModes",
                                                List.of("REMOTE"),
                                                "city",
                                                "Tours",
                                                "specialties",
                                                List.of("HELPDESK"),
                                                "siren",
                                                Api.randomSiren(),
                                                "offers",
                                                List.of(Map.of(
                                                        "title", "Heure", "pricingModel", "HOURLY", "priceEur", 60))))
                                .bearerAuth(owner),
                        JSON)
                .body();
        UUID id = UUID.fromString((String) draft.get("id"));
        String sme = api.signUp("SME", "Boulangerie Tourangelle");

        assertThatThrownBy(() -> api.postReference(sme, id, 5, "Très bon suivi de notre parc, réactifs et clairs."))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));

        vendor.toBlocking()
                .exchange(
                        HttpRequest.PUT(
                                        "/api/providers/" + id + "/status",
                                        Map.of("version", draft.get("version"), "status", "PUBLISHED"))
                                .bearerAuth(owner),
                        JSON);
        assertThat(api.postReference(sme, id, 5, "Très bon suivi de notre parc, réactifs et clairs.")
                        .code())
                .isEqualTo(HttpStatus.CREATED.getCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadsRichFrenchDemoProvidersThroughThePublicApis() throws Exception {
        new DemoLoader(platform, getClass(), 4).run();

        List<Map<String, Object>> all = (List<Map<String, Object>>) vendor.toBlocking()
                .exchange(HttpRequest.GET("/api/providers?size=50&sort=VERIFIED_REFERENCES"), JSON)
                .body()
                .get("items");
        List<Map<String, Object>> profiles = all.stream()
                .map(item -> vendor.toBlocking()
                        .exchange(HttpRequest.GET("/api/providers/" + item.get("id")), JSON)
                        .body())
                .filter(p -> p.get("website") instanceof String website && website.startsWith("https://www."))
                .toList();

        assertThat(profiles).hasSize(4).allSatisfy(p -> {
            assertThat((String) p.get("siren")).matches("\\d{9}");
            assertThat((Map<String, Object>) p.get("sla")).containsKeys("afterHours", "criticalResponseMinutes");
            assertThat((Map<String, Object>) p.get("subcontracting")).containsKey("subcontracts");
            assertThat((List<?>) ((Map<String, Object>) p.get("dueDiligence")).get("sectors"))
                    .isNotEmpty();
            assertThat((List<?>) p.get("compliance")).isNotEmpty();
            assertThat((List<?>) p.get("offers")).isNotEmpty();
        });
        assertThat(profiles)
                .flatMap(p -> (List<Map<String, Object>>) p.get("compliance"))
                .anySatisfy(claim -> assertThat(claim.get("status")).isEqualTo("VERIFIED"));
    }
}
