package io.vetted.web.backend;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Evidence documents to vendor-service, as the signed-in owner (VisitorTokenForwarding): the raw
 * bytes with the type read from them ({@link EvidenceFiles}), since vendor-service refuses a
 * declared type its own reading of the content disagrees with.
 */
@Singleton
public class DocumentUploads {

    private final HttpClient vendor;

    DocumentUploads(@Client(id = "vendor") HttpClient vendor) {
        this.vendor = vendor;
    }

    public Document upload(UUID providerId, String mediaType, byte[] content) {
        return vendor.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/providers/" + providerId + "/documents", content)
                                .contentType(mediaType),
                        Document.class);
    }

    @Serdeable
    public record Document(UUID id, String mediaType, int sizeBytes) {}
}
