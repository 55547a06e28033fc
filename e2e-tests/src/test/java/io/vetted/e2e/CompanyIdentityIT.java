package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.Platform;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who vouches for a provider's company, across identity-service (accounts, MFA, service tokens),
 * vendor-service and the company register (a local stand-in speaking its JSON): the register's
 * word and a moderator's check of a Kbis make the SIREN verified; review-service's linkage check
 * reads the provider's team and website domains with its own service token.
 */
@OnPlatform(webUi = false)
class CompanyIdentityIT {

    private static final byte[] KBIS =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Platform platform;
    private Api api;
    private HttpClient vendor;
    private String moderator;

    @BeforeAll
    void start() throws Exception {
        vendor = HttpClient.create(URI.create(platform.address(platform.vendor)).toURL());
        moderator = Sessions.moderator(platform);
    }

    @AfterAll
    void stop() {
        vendor.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompanyTheRegisterListsAndAModeratorCheckedShowsTheRegistersLegalName() {
        String siren = Api.randomSiren();
        platform.register().active(siren, "GARONNE INFOGERANCE SAS");
        String owner = api.signUp("PROVIDER", "Garonne Infogérance");
        UUID provider = api.publishedProvider(owner, "Garonne Infogérance", "Toulouse", "HELPDESK", null, siren);
        assertThat(company(provider)).containsEntry("status", "DECLARED").doesNotContainKey("legalName");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(ownerView(owner).get("registerState")));

        Map<String, Object> kbis = vendor.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/providers/" + provider + "/documents", KBIS)
                                .contentType("application/pdf")
                                .bearerAuth(owner),
                        JSON)
                .body();
        api.vendorCall(HttpRequest.POST(
                        "/api/providers/" + provider + "/company-checks",
                        Map.of("evidence", "KBIS", "documentId", kbis.get("id")))
                .bearerAuth(owner));

        Map<String, Object> entry = ((List<Map<String, Object>>)
                        api.vendorCall(HttpRequest.GET("/api/moderation/identity?kind=COMPANY_CHECK")
                                        .bearerAuth(moderator))
                                .body()
                                .get("entries"))
                .stream()
                        .filter(e -> provider.toString().equals(e.get("providerId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(entry).containsEntry("registerName", "GARONNE INFOGERANCE SAS");
        byte[] read = vendor.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/moderation/documents/" + entry.get("documentId"))
                                .bearerAuth(moderator),
                        byte[].class);
        assertThat(read).isEqualTo(KBIS);
        api.vendorCall(HttpRequest.POST(
                        "/api/moderation/company-checks/" + entry.get("id") + "/decision",
                        Map.of("outcome", "ACCEPTED", "reason", "Kbis conforme"))
                .bearerAuth(moderator));

        assertThat(company(provider))
                .containsEntry("status", "VERIFIED")
                .containsEntry("legalName", "GARONNE INFOGERANCE SAS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewServiceReadsTheTeamAndEveryWebsiteDomainOfTheLast90DaysWithItsServiceToken() {
        Api.Account owner = api.signUpAccount("PROVIDER", "Lauragais Réseaux");
        UUID provider = api.publishedProvider(
                owner.accessToken(),
                "Lauragais Réseaux",
                "Castelnaudary",
                "NETWORKS",
                "https://www.lauragais-reseaux.fr");
        Map<String, Object> mine = api.vendorCall(
                        HttpRequest.GET("/api/providers/mine").bearerAuth(owner.accessToken()))
                .body();
        api.vendorCall(HttpRequest.PUT(
                        "/api/providers/" + provider + "/identity",
                        Map.of(
                                "version", mine.get("version"),
                                "name", mine.get("name"),
                                "kind", mine.get("kind"),
                                "siren", mine.get("siren"),
                                "city", mine.get("city"),
                                "website", "https://agence.reseaux-occitans.fr"))
                .bearerAuth(owner.accessToken()));

        String service;
        try (Calls identity = new Calls(platform.address(platform.identity))) {
            service = MatrixFixture.serviceToken(platform, identity);
        }
        Map<String, Object> linkage = api.vendorCall(HttpRequest.GET("/api/internal/providers/" + provider + "/linkage")
                        .bearerAuth(service))
                .body();

        assertThat((List<String>) linkage.get("teamAccountIds"))
                .containsExactly(owner.id().toString());
        assertThat((List<Map<String, Object>>) linkage.get("websiteDomains"))
                .extracting(d -> d.get("domain"))
                .containsExactly("lauragais-reseaux.fr", "reseaux-occitans.fr");
        assertThat(linkage.get("lastWebsiteChangeAt")).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> company(UUID provider) {
        return (Map<String, Object>) api.provider(provider).get("company");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> ownerView(String owner) {
        Map<String, Object> mine = api.vendorCall(
                        HttpRequest.GET("/api/providers/mine").bearerAuth(owner))
                .body();
        return (Map<String, Object>) ((Map<String, Object>) mine.get("company")).get("owner");
    }
}
