package io.vetted.vendor.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Tag(name = "Company identity")
public interface DocumentOperations {

    // any type reaches the handler, so that who may upload is decided before what was uploaded
    @Post(uri = "/api/providers/{id}/documents", consumes = MediaType.ALL)
    @Operation(
            summary = "Upload evidence for moderators (a Kbis, a contract) as the raw body: PDF, PNG or JPEG by"
                    + " content (415 otherwise), 5 MB at most; only moderators can read it, and it is deleted once"
                    + " decided or unused after a day")
    HttpResponse<DocumentResponse> upload(
            @PathVariable UUID id, @Nullable @Header("Content-Type") String contentType, @Body byte[] content);

    @Get("/api/moderation/documents/{documentId}")
    @Operation(summary = "An evidence document, as an attachment (moderators only)")
    HttpResponse<byte[]> download(@PathVariable UUID documentId);
}
