package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.vetted.web.page.PageContexts;
import java.util.Map;

/**
 * The owner asks a moderator to check its company: a Kbis extract uploaded from the page, or an
 * address at its website's domain the moderator writes to. The form is multipart, so its fields
 * are bound one by one and handed to {@link CompanyCheckSubmission}, which checks the CSRF token.
 */
@Controller("/my/provider/company-check")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class CompanyCheckController {

    private final SectionEditor editor;
    private final PageContexts pages;
    private final CompanyCheckSubmission submission;

    CompanyCheckController(SectionEditor editor, PageContexts pages, CompanyCheckSubmission submission) {
        this.editor = editor;
        this.pages = pages;
        this.submission = submission;
    }

    @Get
    @View("provider/company-check")
    CompanyCheckPage form(HttpRequest<?> request) {
        return new CompanyCheckPage(pages.of(request), editor.mine(), CompanyCheckForm.EMPTY, Map.of());
    }

    @Post
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<?> send(
            HttpRequest<?> request,
            @Nullable String csrfToken,
            @Nullable String evidence,
            @Nullable String contactEmail,
            @Nullable String note,
            @Nullable CompletedFileUpload file) {
        return submission.submit(request, new CompanyCheckForm(csrfToken, evidence, contactEmail, note), file);
    }
}
