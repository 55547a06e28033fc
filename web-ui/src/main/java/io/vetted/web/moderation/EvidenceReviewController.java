package io.vetted.web.moderation;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.web.backend.EvidenceFiles;
import io.vetted.web.backend.ReferenceEvidence;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.reference.ActionForm;
import io.vetted.web.reference.ReferenceActions;
import io.vetted.web.security.CsrfProtected;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Moderators open the proof of an engagement an author attached to a reference, then accept it
 * (the reference earns "engagement evidence checked") or reject it, with a reason; review-service
 * deletes the file either way.
 */
@Controller("/moderation/references/{id}/evidence")
@Secured("MODERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidenceReviewController {

    private static final String QUEUE = "/moderation?kind=EVIDENCE";

    private final ReferenceEvidence evidence;
    private final ReviewClient reviews;
    private final PageContexts pages;

    EvidenceReviewController(ReferenceEvidence evidence, ReviewClient reviews, PageContexts pages) {
        this.evidence = evidence;
        this.reviews = reviews;
        this.pages = pages;
    }

    /**
     * The file, as an attachment of the type read again from its content (whatever review-service
     * says), never cached, never sniffed (SecurityHeadersFilter); 404 when none waits.
     */
    @Get
    @Produces({MediaType.APPLICATION_PDF, MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG})
    HttpResponse<byte[]> file(@PathVariable UUID id) {
        byte[] content;
        try {
            content = evidence.download(id).body();
        } catch (HttpClientResponseException e) {
            if (e.code() == 404) {
                throw new PageNotFoundException();
            }
            throw e;
        }
        String type = content == null ? null : EvidenceFiles.type(content).orElse(null);
        if (type == null) {
            throw new PageNotFoundException();
        }
        String extension = type.substring(type.indexOf('/') + 1).replace("jpeg", "jpg");
        return HttpResponse.ok(content)
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"evidence-" + id + "." + extension + "\"");
    }

    /** {@code choice} ACCEPT or REJECT, {@code text} the reason kept in the moderation log. */
    @Post("/decision")
    @CsrfProtected
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(HttpRequest<?> request, @PathVariable UUID id, @Body ActionForm form) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("reason", form.textOrEmpty());
        switch (form.choiceOrEmpty()) {
            case "ACCEPT" -> decision.put("accepted", true);
            case "REJECT" -> decision.put("accepted", false);
            default -> decision.put("accepted", null); // review-service names the missing field
        }
        return ReferenceActions.run(
                pages, request, form, QUEUE, "evidenceDecided", () -> reviews.decideEvidence(id, decision));
    }
}
