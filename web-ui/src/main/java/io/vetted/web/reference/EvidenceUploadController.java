package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.page.PageContexts;
import java.util.Map;
import java.util.UUID;

/**
 * The author of a reference attaches proof of the engagement (an invoice or a contract excerpt)
 * for a moderator to check. The form is multipart, so its fields are bound one by one and handed
 * to {@link EvidenceUploadSubmission}, which checks the CSRF token.
 */
@Controller("/references/{id}/evidence")
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidenceUploadController {

    private final EvidenceUploadSubmission submission;
    private final PageContexts pages;

    EvidenceUploadController(EvidenceUploadSubmission submission, PageContexts pages) {
        this.submission = submission;
        this.pages = pages;
    }

    @Get
    @View("reference/evidence")
    EvidenceUploadPage form(HttpRequest<?> request, @PathVariable UUID id) {
        return new EvidenceUploadPage(pages.of(request), submission.own(id), Map.of());
    }

    @Post
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<?> send(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Nullable String csrfToken,
            @Nullable CompletedFileUpload file) {
        return submission.submit(request, id, new EvidenceUploadForm(csrfToken), file);
    }
}
