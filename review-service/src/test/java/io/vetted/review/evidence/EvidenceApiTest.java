package io.vetted.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.Label;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reputation.ReputationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Engagement evidence: checked by content, seen only by moderators, deleted once they decide. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceApiTest implements ReviewTest {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ReputationClient reputation;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void acceptedEvidenceEarnsEngagementEvidenceCheckedAndIsDeleted() {
        var author = TestIssuer.shared().account("SME");
        var reference = write(author, fakes.vendor.knownProvider());
        upload(author, reference.id(), "facture.pdf", PDF);
        String moderator = TestIssuer.shared().account("MODERATOR").token();

        HttpResponse<byte[]> file = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/moderation/references/" + reference.id() + "/evidence")
                                .bearerAuth(moderator),
                        byte[].class);
        assertThat(file.getContentType()).contains(MediaType.of("application/pdf"));
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        assertThat(file.body()).isEqualTo(PDF);

        var decided = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/moderation/references/" + reference.id() + "/evidence/decision",
                                        Map.of("accepted", true, "reason", "Facture au nom du client, mars 2024"))
                                .bearerAuth(moderator),
                        ReferenceResponse.class);

        assertThat(decided.labels()).containsExactly(Label.EVIDENCE_CHECKED);
        assertThat(reputation.reputation(reference.providerId()).verifiedReferenceCount())
                .isEqualTo(1);
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/api/moderation/references/" + reference.id() + "/evidence")
                                .bearerAuth(moderator)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesAFileThatIsNoPdfPngOrJpegWhateverItsNameWith422() {
        var author = TestIssuer.shared().account("SME");
        var reference = write(author, fakes.vendor.knownProvider());

        assertThatThrownBy(() -> upload(
                        author,
                        reference.id(),
                        "facture.pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "file"));
    }

    @Test
    void refusesAFileLargerThanFiveMegabytes() {
        var author = TestIssuer.shared().account("SME");
        var reference = write(author, fakes.vendor.knownProvider());
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);

        assertThatThrownBy(() -> upload(author, reference.id(), "gros.pdf", large))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.REQUEST_ENTITY_TOO_LARGE));
    }

    @Test
    void onlyTheAuthorAttachesEvidenceWith403() {
        var reference = write(TestIssuer.shared().account("SME"), fakes.vendor.knownProvider());

        assertThatThrownBy(() -> upload(TestIssuer.shared().account("SME"), reference.id(), "facture.pdf", PDF))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
    }

    @Test
    void anAnonymousUploadIsRefusedWith401() {
        var reference = write(TestIssuer.shared().account("SME"), fakes.vendor.knownProvider());

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/references/" + reference.id() + "/evidence",
                                        MultipartBody.builder()
                                                .addPart("file", "facture.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                                                .build())
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)))
                .satisfies(e ->
                        assertThat(((HttpClientResponseException) e).code()).isEqualTo(401));
    }

    @Test
    void onlyModeratorsSeeTheEvidenceWith403ForTheProvider() {
        var author = TestIssuer.shared().account("SME");
        UUID owner = UUID.randomUUID();
        var reference = write(author, fakes.vendor.provider(owner, null));
        upload(author, reference.id(), "facture.pdf", PDF);

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/api/moderation/references/" + reference.id() + "/evidence")
                                .bearerAuth(TestIssuer.shared().token(owner.toString(), "PROVIDER"))))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
    }

    @Test
    void aJsonBodyStaysUnder64KilobytesThoughFilesMayBeLargerWith413() {
        Map<String, Object> body = SampleReferences.json();
        body.put("comment", "x".repeat(70 * 1024));

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.POST(
                                        "/api/providers/" + fakes.vendor.knownProvider() + "/references", body)
                                .bearerAuth(TestIssuer.shared().account("SME").token())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.REQUEST_ENTITY_TOO_LARGE));
    }

    private void upload(TestIssuer.TestAccount author, UUID reference, String name, byte[] content) {
        http.toBlocking()
                .exchange(HttpRequest.POST(
                                "/api/references/" + reference + "/evidence",
                                MultipartBody.builder()
                                        .addPart("file", name, MediaType.APPLICATION_PDF_TYPE, content)
                                        .build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                        .bearerAuth(author.token()));
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 4, SampleReferences.uniqueText()))
                    .body();
        }
    }
}
