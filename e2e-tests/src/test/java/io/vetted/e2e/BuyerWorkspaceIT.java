package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.vetted.testsupport.Platform;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * buyer-service in the platform: started by {@link Platform}, it accepts identity-service's real
 * tokens for SME accounts only and checks shortlisted providers with the real vendor-service.
 */
@OnPlatform
class BuyerWorkspaceIT {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Platform platform;
    private Api api;
    private HttpClient buyer;

    @BeforeAll
    void connect() throws Exception {
        buyer = HttpClient.create(URI.create(platform.address(platform.buyer)).toURL());
    }

    @AfterAll
    void disconnect() {
        buyer.close();
    }

    @Test
    void aSignedInClientsRequirementsRoundTripThroughTheRealApi() {
        String sme = api.signUp("SME", "Pharmacie des Remparts");
        Map<String, Object> requirements = Map.of(
                "fleet",
                Map.of("users", 8, "workstations", 9, "servers", 1),
                "departments",
                List.of("84", "13"),
                "specialties",
                List.of("HELPDESK", "BACKUP_RECOVERY"),
                "afterHours",
                "ON_CALL",
                "maxCriticalResponseMinutes",
                240,
                "certifications",
                List.of(Map.of("certification", "HDS", "level", "VERIFIED_ONLY")),
                "maxMonthlyBudgetEur",
                890.5,
                "subcontractingAcceptable",
                false);

        call(HttpRequest.PUT("/api/buyer/requirements", requirements).bearerAuth(sme));
        Map<String, Object> read =
                call(HttpRequest.GET("/api/buyer/requirements").bearerAuth(sme));

        assertThat(read)
                .containsEntry("departments", List.of("84", "13"))
                .containsEntry("specialties", List.of("HELPDESK", "BACKUP_RECOVERY"))
                .containsEntry("afterHours", "ON_CALL")
                .containsEntry("certifications", List.of(Map.of("certification", "HDS", "level", "VERIFIED_ONLY")))
                .containsEntry("subcontractingAcceptable", false)
                .containsKey("version");
        assertThat(read.get("fleet")).isEqualTo(Map.of("users", 8, "workstations", 9, "servers", 1));
        assertThat(((Number) read.get("maxMonthlyBudgetEur")).doubleValue()).isEqualTo(890.5);
    }

    @Test
    void aPublishedProviderGoesOnAShortlistThatAReadOnlyLinkShows() {
        String owner = api.signUp("PROVIDER", "Luberon Informatique");
        UUID provider = api.publishedProvider(owner, "Luberon Informatique", "Apt", "HELPDESK", null);
        String sme = api.signUp("SME", "Cave du Luberon");

        Map<String, Object> list = call(HttpRequest.POST("/api/buyer/shortlists", Map.of("name", "Infogérance"))
                .bearerAuth(sme));
        String path = "/api/buyer/shortlists/" + list.get("id");
        call(HttpRequest.POST(path + "/entries", Map.of("providerId", provider, "note", "Rappeler lundi"))
                .bearerAuth(sme));
        Map<String, Object> link =
                call(HttpRequest.POST(path + "/share", Map.of()).bearerAuth(sme));
        Map<String, Object> shared = call(HttpRequest.GET((String) link.get("path")));

        assertThat(shared)
                .containsEntry("name", "Infogérance")
                .containsEntry("entries", List.of(Map.of("providerId", provider.toString(), "status", "TO_CONTACT")));
        assertThatThrownBy(() -> call(HttpRequest.POST(path + "/entries", Map.of("providerId", UUID.randomUUID()))
                        .bearerAuth(sme)))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode()));
    }

    @Test
    void aShortlistsDueDiligencePackIsAPdfOfTheRealProfiles() throws Exception {
        String owner = api.signUp("PROVIDER", "Comtat Informatique");
        UUID provider = api.publishedProvider(owner, "Comtat Informatique", "Carpentras", "HELPDESK", null);
        String sme = api.signUp("SME", "Domaine du Comtat");
        call(HttpRequest.PUT(
                        "/api/buyer/requirements",
                        Map.of("fleet", Map.of("users", 7), "maxCriticalResponseMinutes", 120))
                .bearerAuth(sme));
        Map<String, Object> list = call(HttpRequest.POST("/api/buyer/shortlists", Map.of("name", "Vendanges 2027"))
                .bearerAuth(sme));
        call(HttpRequest.POST(
                        "/api/buyer/shortlists/" + list.get("id") + "/entries",
                        Map.of("providerId", provider, "note", "Demander un devis"))
                .bearerAuth(sme));

        try (HttpClient site =
                HttpClient.create(URI.create(platform.address(platform.web)).toURL())) {
            var pdf = site.toBlocking()
                    .exchange(
                            HttpRequest.GET("/my/shortlists/" + list.get("id") + "/pack.pdf")
                                    .cookie(Cookie.of("__Host-vetted_session", sme))
                                    .header("Accept-Language", "fr"),
                            byte[].class);

            try (var document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("Dossier de vérification : Vendanges 2027")
                        .contains("7 utilisateurs")
                        .contains("Comtat Informatique", "Demander un devis")
                        .contains("En fin de contrat, comment récupérons-nous nos données");
            }
        }
    }

    @Test
    void aProvidersRealTokenIsRefused() {
        String provider = api.signUp("PROVIDER", "Ventoux Réseaux");

        assertThatThrownBy(() -> call(HttpRequest.GET("/api/buyer/requirements").bearerAuth(provider)))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
    }

    private Map<String, Object> call(MutableHttpRequest<?> request) {
        return buyer.toBlocking().exchange(request, JSON).body();
    }
}
