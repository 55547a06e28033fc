package io.vetted.review.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.verification.InvitationRequest;
import io.vetted.review.verification.VerificationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataApiTest implements ReviewTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    VerificationClient verification;

    @Test
    void exportsTheReferencesAPersonWrote() {
        var author = TestIssuer.shared().account("SME");
        post(author, vendor.knownProvider(), "Très réactifs, factures claires.");

        Map<String, Object> export = asService(HttpRequest.GET("/api/internal/gdpr/accounts/" + author.id()));

        assertThat((List<?>) export.get("references"))
                .singleElement()
                .satisfies(
                        r -> assertThat(((Map<?, ?>) r).get("comment")).isEqualTo("Très réactifs, factures claires."));
    }

    @Test
    void erasureKeepsTheReferenceButCutsItFromItsAuthor() {
        var author = TestIssuer.shared().account("SME");
        UUID provider = vendor.knownProvider();
        post(author, provider, "Intervention rapide un samedi.");

        asService(HttpRequest.DELETE("/api/internal/gdpr/accounts/" + author.id()));

        Map<String, Object> page = http.toBlocking()
                .exchange(HttpRequest.GET("/api/providers/" + provider + "/references"), JSON)
                .body();
        assertThat((List<?>) page.get("items")).singleElement().satisfies(r -> {
            assertThat(((Map<?, ?>) r).get("comment")).isEqualTo("Intervention rapide un samedi.");
            assertThat(((Map<?, ?>) r).get("authorName")).isEqualTo("Compte supprimé");
        });
        assertThat((List<?>) asService(HttpRequest.GET("/api/internal/gdpr/accounts/" + author.id()))
                        .get("references"))
                .isEmpty();
    }

    @Test
    void erasureWithdrawsTheInvitationsStillAddressedToThePerson() {
        UUID provider = vendor.knownProvider();
        String owner = TestIssuer.shared().token(vendor.owner(provider).toString(), "PROVIDER");
        try (var ignored = BearerToken.as(owner)) {
            verification.invite(provider, new InvitationRequest("gerante@boulangerie-martin.fr"));
        }

        asService(HttpRequest.DELETE(
                "/api/internal/gdpr/accounts/" + UUID.randomUUID() + "?email=Gerante@boulangerie-martin.fr"));

        try (var ignored = BearerToken.as(owner)) {
            assertThat(verification.invitations(provider)).isEmpty();
        }
    }

    @Test
    void refusesPeopleWith403() {
        var request = HttpRequest.DELETE("/api/internal/gdpr/accounts/" + UUID.randomUUID())
                .bearerAuth(TestIssuer.shared().account("MODERATOR").token());

        assertThatThrownBy(() -> http.toBlocking().exchange(request))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    private void post(TestIssuer.TestAccount author, UUID provider, String comment) {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/providers/" + provider + "/references", SampleReferences.request(4, comment))
                        .bearerAuth(author.token()));
    }

    private Map<String, Object> asService(HttpRequest<?> request) {
        var authorised =
                request.toMutableRequest().bearerAuth(TestIssuer.shared().token("service:identity-service", "SERVICE"));
        return http.toBlocking().exchange(authorised, JSON).getBody().orElse(Map.of());
    }
}
