package io.vetted.web.provider;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Both sides of a SIREN contest can attach a document for the moderator, checked before it is sent. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestPageTest implements ServicesTest {

    private static final String OWNER = "7f0e4f6c-4444-4c1c-9a4e-3f9d2b1a0c04";
    private static final String PROFILE = "5b1c8e2a-5555-4d5e-8f90-1a2b3c4d5e60";
    private static final String DOCUMENT = "9d3c4b2a-6666-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String CONTEST = "1a2b3c4d-7777-4e5f-8a9b-0c1d2e3f4a5b";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final FakeServices services = new FakeServices()
            .answer(
                    "/api/providers/mine",
                    "{\"id\":\"" + PROFILE + "\",\"name\":\"Agence Contestataire\",\"kind\":\"AGENCY\","
                            + "\"version\":1,\"status\":\"DRAFT\"}")
            .answer(
                    "/api/providers/" + PROFILE + "/documents",
                    "{\"id\":\"" + DOCUMENT + "\",\"mediaType\":\"application/pdf\",\"sizeBytes\":15}")
            .answer("/api/providers/" + PROFILE + "/siren-contests", "{}")
            .answer("/api/siren-contests/" + CONTEST + "/answer", "{}");
    private final Cookie session =
            Cookie.of("__Host-vetted_session", TestIssuer.shared().token(OWNER, "PROVIDER"));

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
    void opensTheContestWithTheAttachedDocumentForTheModerator() {
        HttpResponse<String> sent = post(
                "/my/provider/siren-contest",
                contest().addPart("file", "kbis.pdf", MediaType.APPLICATION_PDF_TYPE, PDF));

        assertThat(sent.code()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/my/provider?saved=contest");
        assertThat(lastCall("/api/providers/" + PROFILE + "/siren-contests"))
                .contains("\"documentId\":\"" + DOCUMENT + "\"", "\"siren\":\"732829320\"");
    }

    @Test
    void opensTheContestWithoutADocumentWhenNoneIsChosen() {
        int uploads =
                services.callsTo("/api/providers/" + PROFILE + "/documents").size();

        HttpResponse<String> sent = post("/my/provider/siren-contest", contest());

        assertThat(sent.code()).isEqualTo(303);
        assertThat(services.callsTo("/api/providers/" + PROFILE + "/documents")).hasSize(uploads);
        assertThat(lastCall("/api/providers/" + PROFILE + "/siren-contests")).doesNotContain("documentId");
    }

    @Test
    void refusesAFileThatIsNotAPdfPngOrJpegNextToTheFieldWithoutSendingAnything() {
        int contests = services.callsTo("/api/providers/" + PROFILE + "/siren-contests")
                .size();
        var form = contest()
                .addPart("file", "kbis.pdf", MediaType.APPLICATION_PDF_TYPE, "<html>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> post("/my/provider/siren-contest", form))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("data-testid=\"file-error\"", "not a PDF");
                });
        assertThat(services.callsTo("/api/providers/" + PROFILE + "/siren-contests"))
                .hasSize(contests);
    }

    @Test
    void sendsTheHoldersSideWithItsDocument() {
        var form = MultipartBody.builder()
                .addPart("statement", "Nous détenons ce SIREN depuis 2012, Kbis joint.")
                .addPart("file", "statuts.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);

        HttpResponse<String> sent = post("/my/provider/siren-contest/" + CONTEST + "/answer", form);

        assertThat(sent.header("Location")).isEqualTo("/my/provider?saved=contestAnswer");
        assertThat(lastCall("/api/siren-contests/" + CONTEST + "/answer"))
                .contains("\"documentId\":\"" + DOCUMENT + "\"", "depuis 2012");
    }

    @Test
    void refusesTheContestWithoutTheVisitorsCsrfToken() {
        assertRefusedWithoutToken("/my/provider/siren-contest", contest());
    }

    @Test
    void refusesTheAnswerWithoutTheVisitorsCsrfToken() {
        assertRefusedWithoutToken(
                "/my/provider/siren-contest/" + CONTEST + "/answer",
                MultipartBody.builder().addPart("statement", "Notre SIREN."));
    }

    private void assertRefusedWithoutToken(String path, MultipartBody.Builder form) {
        var request = HttpRequest.POST(path, form.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .cookie(session);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    private static MultipartBody.Builder contest() {
        return MultipartBody.builder()
                .addPart("siren", "732829320")
                .addPart("statement", "Ce SIREN est celui de notre société : voir le Kbis.");
    }

    private String lastCall(String path) {
        var calls = services.callsTo(path);
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1).body();
    }

    private HttpResponse<String> post(String path, MultipartBody.Builder form) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/my/provider/siren-contest")
                                .header("Accept-Language", "en")
                                .cookie(session),
                        String.class);
        assertThat(page.body()).contains("Supporting document (optional)");
        var request = HttpRequest.POST(
                        path, form.addPart("csrfToken", CsrfToken.of(page)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Accept-Language", "en")
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(request, String.class);
    }
}
