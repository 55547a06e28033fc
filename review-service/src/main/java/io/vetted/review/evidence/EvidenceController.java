package io.vetted.review.evidence;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.review.moderation.ModerationRequests;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceViews;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.support.problem.ApiProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidenceController implements EvidenceOperations {

    private final EvidenceService evidence;
    private final ReferenceViews views;
    private final CurrentUser currentUser;

    EvidenceController(EvidenceService evidence, ReferenceViews views, CurrentUser currentUser) {
        this.evidence = evidence;
        this.views = views;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.SME)
    public HttpResponse<ReferenceResponse> upload(UUID id, CompletedFileUpload file) {
        if (file.getSize() > EvidenceFile.MAX_BYTES) {
            throw ApiProblems.unprocessable("file", "must be between 1 byte and 5 MB");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var reference = evidence.upload(id, currentUser.accountId(), content);
        return HttpResponse.accepted().body(views.one(reference, true));
    }

    @Override
    @Secured(Roles.MODERATOR)
    public HttpResponse<byte[]> evidence(UUID id) {
        var stored =
                evidence.stored(id).orElseThrow(() -> ApiProblems.notFound("No evidence waits on reference " + id));
        return HttpResponse.ok(stored.data())
                .contentType(MediaType.of(stored.contentType()))
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse decide(UUID id, ModerationRequests.EvidenceDecision request) {
        return views.one(
                evidence.decide(id, request.accepted(), request.reason().strip(), currentUser.accountId()), true);
    }
}
