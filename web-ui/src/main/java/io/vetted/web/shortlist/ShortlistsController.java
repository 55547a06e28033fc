package io.vetted.web.shortlist;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** An SME's shortlists: the list, creating, renaming and deleting one. */
@Controller(ShortlistsController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShortlistsController {

    static final String PATH = "/my/shortlists";

    private final BuyerClient buyer;
    private final PageContexts pages;

    ShortlistsController(BuyerClient buyer, PageContexts pages) {
        this.buyer = buyer;
        this.pages = pages;
    }

    @Get
    ModelAndView<ShortlistPages.ListPage> list(HttpRequest<?> request) {
        return page(request, "", Map.of());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body ShortlistForms.NameForm form) {
        PageContext ctx = pages.of(request);
        if (form.text().isEmpty()) {
            return refused(request, form.text(), Map.of("name", ctx.t("buyer.shortlist.error.name")));
        }
        try {
            BuyerClient.Shortlist created = buyer.createShortlist(new BuyerClient.Naming(form.text()));
            return HttpResponse.seeOther(URI.create(PATH + "/" + created.id() + "?ok=shortlistCreated"));
        } catch (HttpClientResponseException e) {
            return refused(
                    request, form.text(), FormErrors.of(e, ctx.messages()).map());
        }
    }

    @Post("/{id}/name")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rename(HttpRequest<?> request, @PathVariable UUID id, @Body ShortlistForms.NameForm form) {
        PageContext ctx = pages.of(request);
        if (form.text().isEmpty()) {
            return refused(request, "", Map.of("rename-" + id, ctx.t("buyer.shortlist.error.name")));
        }
        try {
            buyer.renameShortlist(id, new BuyerClient.Naming(form.text()));
        } catch (HttpClientResponseException e) {
            Map<String, String> errors =
                    FormErrors.of(e, ctx.messages()).propagate(404).map();
            return refused(
                    request,
                    "",
                    Map.of("rename-" + id, errors.values().iterator().next()));
        }
        return HttpResponse.seeOther(URI.create(PATH + "?ok=shortlistRenamed"));
    }

    @Post("/{id}/deletion")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable UUID id, @Body ShortlistForms.ButtonForm form) {
        buyer.deleteShortlist(id);
        return HttpResponse.seeOther(URI.create(PATH + "?ok=shortlistDeleted"));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, String name, Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, name, errors));
    }

    private ModelAndView<ShortlistPages.ListPage> page(
            HttpRequest<?> request, String name, Map<String, String> errors) {
        return new ModelAndView<>(
                "shortlist/list", new ShortlistPages.ListPage(pages.of(request), buyer.shortlists(), name, errors));
    }
}
