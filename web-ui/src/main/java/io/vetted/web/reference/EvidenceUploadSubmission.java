package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.backend.EvidenceFiles;
import io.vetted.web.backend.ReferenceEvidence;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.Messages;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Checks the file (type by content, size) before anything reaches review-service, then hands it on. */
@Singleton
class EvidenceUploadSubmission {

    private final ReviewClient reviews;
    private final ReferenceEvidence evidence;
    private final PageContexts pages;

    EvidenceUploadSubmission(ReviewClient reviews, ReferenceEvidence evidence, PageContexts pages) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.pages = pages;
    }

    /** The visitor's own shown reference; any other is "not found", as on the edit page. */
    ReviewClient.Reference own(UUID id) {
        return reviews.mine().stream()
                .filter(r -> r.id().equals(id) && r.published())
                .findFirst()
                .orElseThrow(PageNotFoundException::new);
    }

    @CsrfProtected
    HttpResponse<?> submit(
            HttpRequest<?> request, UUID id, EvidenceUploadForm form, @Nullable CompletedFileUpload file) {
        ReviewClient.Reference reference = own(id);
        Messages messages = pages.messages(request);
        byte[] content = EvidenceFiles.read(file);
        Optional<String> problem = EvidenceFiles.problem(content);
        if (problem.isPresent()) {
            return refused(request, reference, messages.get("evidence." + problem.get()));
        }
        try {
            evidence.upload(id, EvidenceFiles.type(content).orElseThrow(), content);
            return HttpResponse.seeOther(URI.create("/my/references?ok=evidenceSent"));
        } catch (HttpClientResponseException e) {
            String key = refusal(BackendProblem.of(e));
            if (key != null) {
                return refused(request, reference, messages.get(key));
            }
            Map<String, String> errors = FormErrors.of(e, messages)
                    .propagate(404)
                    .on(429, FormErrors.FORM, "evidence.dailyLimit")
                    .otherwise("field.generic")
                    .map();
            return refused(request, reference, errors);
        }
    }

    /**
     * review-service's refusals of the file, as the message next to the field. Its 422 names the
     * field {@code file} for three reasons, told apart by its (English) detail.
     */
    @Nullable
    static String refusal(BackendProblem problem) {
        String detail = problem.fieldErrors().getOrDefault("file", "");
        return switch (problem.status()) {
            case 403 -> "evidence.notAuthor";
            case 413 -> "evidence.fileTooLarge";
            case 415 -> "evidence.fileType";
            case 422 ->
                detail.isEmpty()
                        ? null
                        : detail.contains("not needed")
                                ? "evidence.checked"
                                : detail.contains("PDF") ? "evidence.fileType" : "evidence.fileTooLarge";
            default -> null;
        };
    }

    private HttpResponse<?> refused(HttpRequest<?> request, ReviewClient.Reference reference, String message) {
        return refused(request, reference, Map.of("file", message));
    }

    private HttpResponse<?> refused(
            HttpRequest<?> request, ReviewClient.Reference reference, Map<String, String> errors) {
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>(
                        "reference/evidence", new EvidenceUploadPage(pages.of(request), reference, errors)));
    }
}
