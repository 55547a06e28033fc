package io.vetted.web.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The author of a reference sends proof of the engagement from the site, as a multipart form. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceUploadPageTest implements ServicesTest {

    private static final String AUTHOR = "3c2d1e0f-4444-4a5b-8c9d-0e1f2a3b4c5d";
    private static final String REFERENCE = "8e7d6c5b-5555-4f3e-9d2c-1b0a9f8e7d6c";
    private static final String UPLOAD = "/api/references/" + REFERENCE + "/evidence";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer("/api/references/mine", "[" + EvidenceJson.reference(REFERENCE, "NONE") + "]")
            .answer(UPLOAD, EvidenceJson.reference(REFERENCE, "PENDING"));
    private final Cookie session = Cookie.of("__Host-vetted_session", issuer.token(AUTHOR, "SME"));

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(ServicesTest.signedInReadingRedirects());
        properties.put("micronaut.http.client.max-content-length", "20000000");
        return properties;
    }

    @Test
    void offersToAddProofFromMyReferences() {
        String mine = http.toBlocking()
                .retrieve(HttpRequest.GET("/my/references")
                        .header("Accept-Language", "en")
                        .cookie(session));

        assertThat(mine)
                .contains("href=\"/references/" + REFERENCE + "/evidence\" data-testid=\"add-evidence\"")
                .contains("Add proof of the engagement");
    }

    @Test
    void saysInPlainWordsWhatFilesAreAcceptedAndWhatHappensToThem() {
        String page = http.toBlocking()
                .retrieve(HttpRequest.GET("/references/" + REFERENCE + "/evidence")
                        .header("Accept-Language", "fr")
                        .cookie(session));

        assertThat(page)
                .contains("PDF, PNG ou JPEG, 5 Mo au maximum.")
                .contains("Seuls les modérateurs voient le fichier. Il est supprimé dès leur décision.")
                .contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void sendsTheFileToReviewServiceAsTheAuthorThenConfirmsOnMyReferences() {
        int before = services.callsTo(UPLOAD).size();

        HttpResponse<String> sent = send(form("facture.bin", PDF));

        assertThat(sent.code()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/my/references?ok=evidenceSent");
        assertThat(services.callsTo(UPLOAD)).hasSize(before + 1);
        FakeServices.Call call = services.callsTo(UPLOAD).get(before);
        assertThat(call.authorization()).startsWith("Bearer ");
        assertThat(call.body())
                .contains("name=\"file\"", "%PDF-1.4")
                .containsIgnoringCase("content-type: application/pdf");
        assertThat(http.toBlocking()
                        .retrieve(HttpRequest.GET(sent.header("Location"))
                                .header("Accept-Language", "en")
                                .cookie(session)))
                .contains("Proof sent: a moderator will check it, then delete the file.");
    }

    @Test
    void refusesAFileLargerThan5MbNextToTheFieldWithoutSendingIt() {
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        int before = services.callsTo(UPLOAD).size();

        assertRefused(form("facture.pdf", large), "This file is larger than 5 MB");
        assertThat(services.callsTo(UPLOAD)).hasSize(before);
    }

    @Test
    void refusesAFileThatIsNotAPdfPngOrJpegWhateverItsName() {
        assertRefused(
                form("facture.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                "This file is not a PDF, nor a PNG or JPEG image.");
    }

    @Test
    void refusesAFormWithoutAFileNextToTheField() {
        assertRefused(MultipartBody.builder(), "Choose the file to send.");
    }

    @Test
    void showsReviewServiceRefusingANonAuthorNextToTheField() {
        refusedBy(403, "{\"status\":403,\"detail\":\"Only its author may attach evidence to a reference\"}");
        try {
            assertRefused(form("facture.pdf", PDF), "Only the author of this reference can send proof of it.");
        } finally {
            services.answer(UPLOAD, EvidenceJson.reference(REFERENCE, "PENDING"));
        }
    }

    @Test
    void showsReviewServiceRefusingTheFilesContentNextToTheField() {
        refusedBy(
                422,
                "{\"status\":422,\"violations\":[{\"field\":\"file\","
                        + "\"message\":\"must be a PDF, PNG or JPEG file (its content says otherwise)\"}]}");
        try {
            assertRefused(form("facture.pdf", PDF), "This file is not a PDF, nor a PNG or JPEG image.");
        } finally {
            services.answer(UPLOAD, EvidenceJson.reference(REFERENCE, "PENDING"));
        }
    }

    @Test
    void refusesTheUploadWithoutTheVisitorsCsrfToken() {
        var request = HttpRequest.POST(
                        "/references/" + REFERENCE + "/evidence",
                        form("facture.pdf", PDF).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .cookie(session);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    @Test
    void answers404ForAReferenceThatIsNotTheVisitors() {
        var request = HttpRequest.GET("/references/0a1b2c3d-6666-4e5f-8a9b-0c1d2e3f4a5b/evidence")
                .cookie(session);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(404));
    }

    private void refusedBy(int status, String problem) {
        services.reply(UPLOAD, status, "application/problem+json", problem.getBytes(StandardCharsets.UTF_8));
    }

    private static MultipartBody.Builder form(String fileName, byte[] content) {
        return MultipartBody.builder().addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
    }

    private void assertRefused(MultipartBody.Builder form, String message) {
        assertThatThrownBy(() -> send(form)).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
            assertThat(e.code()).isEqualTo(422);
            assertThat(e.getResponse().getBody(String.class).orElseThrow())
                    .contains("data-testid=\"file-error\">" + message);
        });
    }

    private HttpResponse<String> send(MultipartBody.Builder form) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/references/" + REFERENCE + "/evidence")
                                .header("Accept-Language", "en")
                                .cookie(session),
                        String.class);
        String token = CsrfToken.of(page);
        var request = HttpRequest.POST(
                        "/references/" + REFERENCE + "/evidence",
                        form.addPart("csrfToken", token).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Accept-Language", "en")
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(request, String.class);
    }
}
