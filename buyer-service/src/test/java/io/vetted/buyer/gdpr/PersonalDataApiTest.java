package io.vetted.buyer.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.BuyerTest;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** identity-service exports and erases an account's workspace; nobody else can, and no other account is touched. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataApiTest implements BuyerTest {

    private final String service = TestIssuer.shared().token("service:identity-service", "SERVICE");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theExportHoldsTheAccountsRequirementsShortlistsWithNotesAndSavedSearches() {
        var buyer = workspace("Note sur le prestataire");
        workspace("Note d'un autre acheteur");

        Map<String, Object> export = export(buyer);

        assertThat(export)
                .containsKeys("requirements", "shortlists", "savedSearches", "quoteRequests", "quoteMessagesWritten");
        assertThat(export.get("requirements").toString()).contains("users=12");
        assertThat((List<?>) export.get("shortlists")).singleElement().satisfies(list -> {
            assertThat(list.toString()).contains("Infogérance 2027", "Note sur le prestataire", "shared=false");
            assertThat(list.toString()).doesNotContain("Note d'un autre acheteur");
        });
        assertThat(export.get("savedSearches").toString()).contains("specialty=BACKUP_RECOVERY");
    }

    @Test
    void erasureRemovesTheWholeWorkspaceAndLeavesOtherAccountsAlone() {
        var erased = workspace("À effacer");
        var kept = workspace("À garder");

        HttpStatus status = http.toBlocking().exchange(delete(erased)).getStatus();
        http.toBlocking().exchange(delete(erased));

        assertThat(status.getCode()).isEqualTo(204);
        assertThat(export(erased).values())
                .allSatisfy(rows -> assertThat((List<?>) rows).isEmpty());
        assertThat(export(kept).get("shortlists").toString()).contains("À garder");
        assertThat(get(erased, "/api/buyer/shortlists")).isEqualTo("[]");
    }

    @Test
    void aBuyerCannotReadAnExportWith403() {
        var buyer = workspace("Privée");

        assertThatThrownBy(() ->
                        http.toBlocking().exchange(HttpRequest.GET(path(buyer)).bearerAuth(buyer.token())))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
    }

    private TestIssuer.TestAccount workspace(String note) {
        var buyer = TestIssuer.shared().account("SME");
        send(buyer, HttpRequest.PUT("/api/buyer/requirements", Map.of("fleet", Map.of("users", 12))));
        Map<?, ?> list = send(buyer, HttpRequest.POST("/api/buyer/shortlists", Map.of("name", "Infogérance 2027")));
        send(
                buyer,
                HttpRequest.POST(
                        "/api/buyer/shortlists/" + list.get("id") + "/entries",
                        Map.of("providerId", vendor().publishedProvider(), "note", note)));
        send(
                buyer,
                HttpRequest.POST(
                        "/api/buyer/saved-searches",
                        Map.of("name", "Sauvegarde", "query", "specialty=BACKUP_RECOVERY")));
        return buyer;
    }

    private Map<?, ?> send(TestIssuer.TestAccount buyer, io.micronaut.http.MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.bearerAuth(buyer.token()), Map.class);
    }

    private String get(TestIssuer.TestAccount buyer, String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(buyer.token()), String.class);
    }

    private Map<String, Object> export(TestIssuer.TestAccount buyer) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET(path(buyer)).bearerAuth(service), Argument.mapOf(String.class, Object.class));
    }

    private HttpRequest<?> delete(TestIssuer.TestAccount buyer) {
        return HttpRequest.DELETE(path(buyer)).bearerAuth(service);
    }

    private static String path(TestIssuer.TestAccount buyer) {
        return "/api/internal/gdpr/accounts/" + buyer.id();
    }
}
