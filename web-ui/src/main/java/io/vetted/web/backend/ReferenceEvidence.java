package io.vetted.web.backend;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

/**
 * Engagement evidence to and from review-service, as the signed-in visitor
 * (VisitorTokenForwarding): the author's file as the multipart part {@code file} with the type
 * read from its bytes ({@link EvidenceFiles}), and the stored file back for a moderator. A plain
 * client, since the declarative one would turn a 404 into a null body instead of a refusal.
 */
@Singleton
public class ReferenceEvidence {

    private final HttpClient review;

    ReferenceEvidence(@Client(id = "review") HttpClient review) {
        this.review = review;
    }

    public void upload(UUID referenceId, String mediaType, byte[] content) {
        String name = "evidence." + mediaType.substring(mediaType.indexOf('/') + 1);
        MultipartBody body = MultipartBody.builder()
                .addPart("file", name, MediaType.of(mediaType), content)
                .build();
        // the refusal's problem+json read as a map, so that BackendProblem finds the field it names
        review.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/references/" + referenceId + "/evidence", body)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                        Argument.STRING,
                        Argument.of(Map.class));
    }

    /** The file waiting for a decision, as uploaded; a refusal (404: none waits) is thrown. */
    public HttpResponse<byte[]> download(UUID referenceId) {
        return review.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/moderation/references/" + referenceId + "/evidence")
                                .accept(MediaType.ALL_TYPE),
                        byte[].class);
    }
}
