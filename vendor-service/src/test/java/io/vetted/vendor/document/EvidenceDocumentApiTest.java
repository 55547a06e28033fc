package io.vetted.vendor.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceDocumentApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void servesEvidenceToModeratorsAloneAndForgetsItOnceDecided() {
        var owned = Providers.published(providers, Providers.agency("Agence Kbis", "Lyon", Specialty.HELPDESK));
        UUID kbis = Uploads.pdf(http, owned.id(), owned.owner());
        var moderator = TestIssuer.shared().account("MODERATOR");

        assertThat(download(kbis, owned.owner().token())).isEqualTo(403);
        assertThat(download(kbis, TestIssuer.shared().account("SME").token())).isEqualTo(403);
        HttpResponse<byte[]> served = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/moderation/documents/" + kbis).bearerAuth(moderator.token()),
                        byte[].class);
        assertThat(served.body()).isEqualTo(Uploads.PDF);
        assertThat(served.getContentType())
                .hasValueSatisfying(t -> assertThat(t).hasToString("application/pdf"));
        assertThat(served.header("Content-Disposition")).startsWith("attachment");

        Map<?, ?> check = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/providers/" + owned.id() + "/company-checks",
                                        Map.of("evidence", "KBIS", "documentId", kbis))
                                .bearerAuth(owned.owner().token()),
                        Map.class);
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/moderation/company-checks/" + check.get("id") + "/decision",
                                Map.of("outcome", "REJECTED", "reason", "Extrait illisible"))
                        .bearerAuth(moderator.token()));
        assertThat(download(kbis, moderator.token())).isEqualTo(404);
    }

    @Test
    void refusesContentThatIsNotAPdfPngOrJpegWhateverItsDeclaredTypeWith415() {
        var owned = Providers.published(providers, Providers.agency("Agence Rusée", "Lyon", Specialty.HELPDESK));
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST("/api/providers/" + owned.id() + "/documents", script)
                                .contentType("application/pdf")
                                .bearerAuth(owned.owner().token())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body"));
    }

    @Test
    void refusesAnUploadForAnotherProvidersProfileWith403() {
        var owned = Providers.published(providers, Providers.agency("Agence Gardée", "Lyon", Specialty.HELPDESK));

        assertThatThrownBy(
                        () -> Uploads.pdf(http, owned.id(), TestIssuer.shared().account("PROVIDER")))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
    }

    private int download(UUID document, String token) {
        try {
            return http.toBlocking()
                    .exchange(
                            HttpRequest.GET("/api/moderation/documents/" + document)
                                    .bearerAuth(token),
                            byte[].class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
