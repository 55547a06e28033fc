package io.vetted.web.provider;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.page.PageContexts;
import java.util.Map;
import java.util.UUID;

/**
 * A SIREN another profile holds is no dead end: the owner says why it is its company's, and a
 * moderator decides with what both sides say, and the documents either side attached. The forms
 * are multipart, so their fields are bound one by one and {@link ContestSubmission} checks the
 * CSRF token. The outcome shows on the owner's overview.
 */
@Controller("/my/provider/siren-contest")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class SirenContestController {

    private final SectionEditor editor;
    private final PageContexts pages;
    private final ContestSubmission submission;

    SirenContestController(SectionEditor editor, PageContexts pages, ContestSubmission submission) {
        this.editor = editor;
        this.pages = pages;
        this.submission = submission;
    }

    @Get("{?siren}")
    @View("provider/contest")
    ContestPage form(HttpRequest<?> request, @Nullable @QueryValue String siren) {
        return new ContestPage(pages.of(request), editor.mine(), ContestForm.of(siren), Map.of());
    }

    @Post
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<?> open(
            HttpRequest<?> request,
            @Nullable String csrfToken,
            @Nullable String siren,
            @Nullable String statement,
            @Nullable CompletedFileUpload file) {
        return submission.open(request, new ContestForm(csrfToken, siren, statement), file);
    }

    /** The holder's side of a contest of its SIREN, which the moderator reads before deciding. */
    @Post("/{contestId}/answer")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<?> answer(
            HttpRequest<?> request,
            @PathVariable UUID contestId,
            @Nullable String csrfToken,
            @Nullable String statement,
            @Nullable CompletedFileUpload file) {
        return submission.answer(request, contestId, new ContestForm(csrfToken, null, statement), file);
    }
}
