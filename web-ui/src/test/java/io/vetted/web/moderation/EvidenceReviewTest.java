package io.vetted.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import io.vetted.web.reference.EvidenceJson;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Moderators see that proof of an engagement waits, open it through the site, and accept or reject it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceReviewTest implements ServicesTest {

    private static final String REFERENCE = "2b3c4d5e-8888-4f6a-8b7c-9d0e1f2a3b4c";
    private static final String FILE = "/api/moderation/references/" + REFERENCE + "/evidence";
    private static final String DECISION = FILE + "/decision";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final TestIssuer issuer = TestIssuer.shared();
    private final FakeServices services = new FakeServices()
            .answer("/api/moderation/cases", cases())
            .reply(FILE, 200, "application/pdf", PDF)
            .answer(DECISION, EvidenceJson.reference(REFERENCE, "CHECKED"));
    private final Cookie moderator =
            Cookie.of("__Host-vetted_session", issuer.token("6d5c4b3a-9999-4e8f-8a7b-6c5d4e3f2a1b", "MODERATOR"));

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
    void showsInTheQueueThatProofWaitsWithALinkToTheFileAndTheDecision() {
        String queue = queue().body();

        assertThat(queue)
                .contains("Proof of the engagement waits for a check.")
                .contains("href=\"/moderation/references/" + REFERENCE + "/evidence\" data-testid=\"open-evidence\"")
                .contains("action=\"/moderation/references/" + REFERENCE + "/evidence/decision\"");
    }

    @Test
    void streamsTheFileToAModeratorAsAnAttachmentNeverCached() {
        HttpResponse<byte[]> file = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/moderation/references/" + REFERENCE + "/evidence")
                                .cookie(moderator),
                        byte[].class);

        assertThat(file.code()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.getContentType()).contains(MediaType.APPLICATION_PDF_TYPE);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void answers404WhenNoProofWaits() {
        var request = HttpRequest.GET("/moderation/references/3c4d5e6f-aaaa-4b7c-8d9e-0f1a2b3c4d5e/evidence")
                .cookie(moderator);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void keepsTheFileFromAnyoneButModerators() {
        Cookie author = Cookie.of("__Host-vetted_session", issuer.token("3c2d1e0f-4444-4a5b-8c9d-0e1f2a3b4c5d", "SME"));
        int before = services.callsTo(FILE).size();
        var request = HttpRequest.GET("/moderation/references/" + REFERENCE + "/evidence")
                .cookie(author);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
        assertThat(services.callsTo(FILE)).hasSize(before);
    }

    @Test
    void acceptsTheProofWithItsReasonThenGoesBackToTheQueueSayingSo() {
        HttpResponse<String> decided = decide("ACCEPT", "Facture au nom du client");

        assertThat(decided.code()).isEqualTo(303);
        assertThat(decided.header("Location")).isEqualTo("/moderation?ok=evidenceDecided");
        assertThat(lastDecision()).contains("\"accepted\":true", "\"reason\":\"Facture au nom du client\"");
    }

    @Test
    void rejectsTheProofWithItsReason() {
        decide("REJECT", "Document illisible");

        assertThat(lastDecision()).contains("\"accepted\":false", "\"reason\":\"Document illisible\"");
    }

    private String lastDecision() {
        var calls = services.callsTo(DECISION);
        assertThat(calls).isNotEmpty();
        return calls.get(calls.size() - 1).body();
    }

    private HttpResponse<String> queue() {
        return http.toBlocking()
                .exchange(
                        HttpRequest.GET("/moderation")
                                .header("Accept-Language", "en")
                                .cookie(moderator),
                        String.class);
    }

    private HttpResponse<String> decide(String choice, String reason) {
        HttpResponse<String> page = queue();
        String token = CsrfToken.of(page);
        String form = "csrfToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&returnTo=%2Fmoderation"
                + "&choice=" + choice + "&text=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
        var request = HttpRequest.POST("/moderation/references/" + REFERENCE + "/evidence/decision", form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(moderator)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(request, String.class);
    }

    private static String cases() {
        return "{\"items\":[{\"reference\":" + EvidenceJson.reference(REFERENCE, "PENDING")
                + ",\"reports\":[],\"flags\":[],\"risk\":20,\"waitingSince\":\"2026-12-01T09:00:00Z\","
                + "\"kinds\":[\"EVIDENCE\"],\"history\":[],\"evidencePending\":true}],"
                + "\"total\":1,\"page\":0,\"size\":20,\"counts\":{\"waiting\":1,"
                + "\"oldestWaitingSince\":\"2026-12-01T09:00:00Z\",\"oldestWaitingSeconds\":3600,"
                + "\"byKind\":{\"EVIDENCE\":1}}}";
    }
}
