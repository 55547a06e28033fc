package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * A SIREN another profile holds is no dead end: the owner says why it is its company's, and a
 * moderator decides with what both sides say. The outcome shows on the owner's overview.
 */
@Controller("/my/provider/siren-contest")
@Produces(MediaType.TEXT_HTML)
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class SirenContestController {

    private final VendorClient vendor;
    private final SectionEditor editor;
    private final PageContexts pages;

    SirenContestController(VendorClient vendor, SectionEditor editor, PageContexts pages) {
        this.vendor = vendor;
        this.editor = editor;
        this.pages = pages;
    }

    @Get("{?siren}")
    @View("provider/contest")
    ContestPage form(HttpRequest<?> request, @Nullable @QueryValue String siren) {
        return new ContestPage(pages.of(request), editor.mine(), ContestForm.of(siren), Map.of());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(HttpRequest<?> request, @Body ContestForm form) {
        VendorClient.Provider mine = editor.mine();
        try {
            vendor.openContest(mine.id(), form.body());
            return HttpResponse.seeOther(URI.create("/my/provider?saved=contest"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .on(409, FormErrors.FORM, "contest.refused")
                    .fields(field -> "siren".equals(field) ? "contestSiren" : field)
                    .otherwise("field.generic")
                    .map();
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "provider/contest", new ContestPage(pages.of(request), mine, form, errors)));
        }
    }

    /** The holder's side of a contest of its SIREN, which the moderator reads before deciding. */
    @Post("/{contestId}/answer")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, @PathVariable UUID contestId, @Body ContestForm form) {
        try {
            vendor.answerContest(
                    contestId, Map.of("statement", form.text(form.statement()).strip()));
            return HttpResponse.seeOther(URI.create("/my/provider?saved=contestAnswer"));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors = FormErrors.of(e, pages.messages(request))
                    .on(409, FormErrors.FORM, "contest.closed")
                    .fields(field -> FormErrors.FORM)
                    .otherwise("contest.answerRequired")
                    .map();
            return HttpResponse.unprocessableEntity()
                    .body(new ModelAndView<>(
                            "provider/dashboard", new DashboardPage(pages.of(request), editor.mine(), null, errors)));
        }
    }
}
