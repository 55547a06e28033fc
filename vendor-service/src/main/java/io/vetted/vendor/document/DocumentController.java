package io.vetted.vendor.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentController implements DocumentOperations {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<DocumentResponse> upload(UUID id, @Nullable String contentType, byte[] content) {
        DocumentResponse stored = documents.upload(id, contentType, content);
        return HttpResponse.created(stored, URI.create("/api/moderation/documents/" + stored.id()));
    }

    @Override
    @Secured(Roles.MODERATOR)
    public HttpResponse<byte[]> download(UUID documentId) {
        EvidenceDocument document = documents.require(documentId);
        return HttpResponse.ok(document.content())
                .contentType(MediaType.of(document.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"evidence-" + document.id() + "."
                                + DocumentTypes.extension(document.mediaType()) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
