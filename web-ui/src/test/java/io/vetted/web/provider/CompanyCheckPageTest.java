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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A provider asks for its company's check from the site, with a Kbis uploaded as a multipart form. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyCheckPageTest implements ServicesTest {

    private static final String OWNER = "7f0e4f6c-2222-4c1c-9a4e-3f9d2b1a0c02";
    private static final String PROFILE = "5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e6f";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer("/api/providers/mine", profile("{\"checks\":[]}"))
            .answer(
                    "/api/providers/" + PROFILE + "/documents",
                    "{\"id\":\"9d3c4b2a-1111-4e5f-8a9b-0c1d2e3f4a5b\",\"mediaType\":\"application/pdf\",\"sizeBytes\":15}")
            .answer("/api/providers/" + PROFILE + "/company-checks", "{}");
    private final Cookie session = Cookie.of("__Host-vetted_session", issuer.token(OWNER, "PROVIDER"));

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
    void uploadsTheKbisThenAsksAModeratorForTheCheck() {
        HttpResponse<String> sent = send(form("kbis.bin", PDF));

        assertThat(sent.code()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/my/provider?saved=companyCheck");
        assertThat(services.callsTo("/api/providers/" + PROFILE + "/documents")).hasSize(1);
        assertThat(services.callsTo("/api/providers/" + PROFILE + "/company-checks"))
                .hasSize(1);
    }

    @Test
    void refusesAFileLargerThan5MbNextToTheFieldWithoutSendingIt() {
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        int before =
                services.callsTo("/api/providers/" + PROFILE + "/documents").size();

        assertRefused(form("kbis.pdf", large), "This file is larger than 5 MB");
        assertThat(services.callsTo("/api/providers/" + PROFILE + "/documents")).hasSize(before);
    }

    @Test
    void refusesAFileThatIsNotAPdfPngOrJpegWhateverItsName() {
        assertRefused(form("kbis.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "not a PDF");
    }

    @Test
    void refusesTheUploadWithoutTheVisitorsCsrfToken() {
        var body = MultipartBody.builder()
                .addPart("evidence", "KBIS")
                .addPart("file", "kbis.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                .build();
        var request = HttpRequest.POST("/my/provider/company-check", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .cookie(session);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    @Test
    void keepsOtherFormsToTheirOwnSizeLimit() {
        var request = HttpRequest.POST("/lang", "lang=en&x=" + "a".repeat(300 * 1024))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(413));
    }

    @Test
    void showsARefusedCheckWithTheModeratorsReasonOnTheOverview() {
        services.answer(
                "/api/providers/mine",
                profile("{\"checks\":[{\"id\":\"9d3c4b2a-2222-4e5f-8a9b-0c1d2e3f4a5b\",\"evidence\":\"KBIS\","
                        + "\"status\":\"REJECTED\",\"decisionReason\":\"Kbis illisible\","
                        + "\"requestedAt\":\"2026-11-02T10:00:00Z\"}]}"));
        try {
            String page = http.toBlocking()
                    .retrieve(HttpRequest.GET("/my/provider")
                            .header("Accept-Language", "en")
                            .cookie(session));

            assertThat(page)
                    .contains("data-status=\"REFUSED\"", "Status: verification refused.", "Reason: Kbis illisible");
        } finally {
            services.answer("/api/providers/mine", profile("{\"checks\":[]}"));
        }
    }

    @Test
    void wordsTheReasonCodeOfAnUnpublicationInTheReadersLanguage() {
        services.answer(
                "/api/providers/mine",
                profile("{\"checks\":[]}")
                        .replace(
                                "\"status\":\"DRAFT\",",
                                "\"status\":\"DRAFT\",\"unpublishedReason\":\"Kbis du demandeur\","
                                        + "\"unpublishedReasonCode\":\"SIREN_CONTEST_LOST\",\"unpublishedSiren\":\"552100554\","));
        try {
            assertThat(overview("fr"))
                    .contains(
                            "il a décidé que le SIREN 552 100 554 appartient à un autre profil. Motif : Kbis du demandeur");
            assertThat(overview("en"))
                    .contains(
                            "they decided that SIREN 552 100 554 belongs to another profile. Reason: Kbis du demandeur");
        } finally {
            services.answer("/api/providers/mine", profile("{\"checks\":[]}"));
        }
    }

    private String overview(String language) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/my/provider")
                        .header("Accept-Language", language)
                        .cookie(session));
    }

    private MultipartBody.Builder form(String fileName, byte[] content) {
        return MultipartBody.builder()
                .addPart("evidence", "KBIS")
                .addPart("note", "Extrait du mois")
                .addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
    }

    private void assertRefused(MultipartBody.Builder form, String message) {
        assertThatThrownBy(() -> send(form)).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
            assertThat(e.code()).isEqualTo(422);
            assertThat(e.getResponse().getBody(String.class).orElseThrow())
                    .contains(message)
                    .contains("data-testid=\"file-error\"");
        });
    }

    private HttpResponse<String> send(MultipartBody.Builder form) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/my/provider/company-check")
                                .header("Accept-Language", "en")
                                .cookie(session),
                        String.class);
        assertThat(page.body()).contains("PDF, PNG or JPEG, 5 MB at most");
        String token = CsrfToken.of(page);
        var request = HttpRequest.POST(
                        "/my/provider/company-check",
                        form.addPart("csrfToken", token).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Accept-Language", "en")
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(request, String.class);
    }

    private static String profile(String owner) {
        return "{\"id\":\"" + PROFILE + "\",\"ownerAccountId\":\"" + OWNER
                + "\",\"name\":\"Agence Kbis\",\"kind\":\"AGENCY\",\"version\":1,\"status\":\"DRAFT\","
                + "\"siren\":\"732829320\",\"company\":{\"siren\":\"732829320\",\"status\":\"DECLARED\",\"owner\":"
                + owner + "}}";
    }
}
