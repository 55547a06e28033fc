package io.vetted.web.shortlist;

import io.micronaut.core.annotation.Nullable;
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
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One shortlist: its providers with the buyer's private notes and statuses, comparing, sharing. */
@Controller(ShortlistsController.PATH + "/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShortlistController {

    private final BuyerClient buyer;
    private final ShortlistRows rows;
    private final PageContexts pages;

    ShortlistController(BuyerClient buyer, ShortlistRows rows, PageContexts pages) {
        this.buyer = buyer;
        this.rows = rows;
        this.pages = pages;
    }

    @Get
    ModelAndView<ShortlistPages.ShortlistPage> show(HttpRequest<?> request, @PathVariable UUID id) {
        return page(request, id, null, null, Map.of(), null);
    }

    @Post("/entries/{providerId}")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @PathVariable UUID providerId,
            @Body ShortlistForms.EntryForm form) {
        PageContext ctx = pages.of(request);
        Map<String, String> errors = new LinkedHashMap<>();
        // List.of(...).contains(null) throws: a form without a status is refused like an unknown one
        if (form.status() == null || !ShortlistForms.STATUSES.contains(form.status())) {
            errors.put(providerId + "-status", ctx.t("buyer.shortlist.error.status"));
        } else if ("REJECTED".equals(form.status()) && form.reasonText().isEmpty()) {
            errors.put(providerId + "-rejectionReason", ctx.t("buyer.shortlist.error.reason"));
        }
        if (errors.isEmpty()) {
            try {
                buyer.changeEntry(
                        id,
                        providerId,
                        new BuyerClient.EntryChange(
                                form.noteText().isEmpty() ? null : form.noteText(),
                                form.status(),
                                "REJECTED".equals(form.status()) ? form.reasonText() : null));
                return HttpResponse.seeOther(URI.create(ShortlistsController.PATH + "/" + id + "?ok=entrySaved"));
            } catch (HttpClientResponseException e) {
                FormErrors.of(e, ctx.messages())
                        .propagate(404)
                        .map()
                        .forEach((field, message) -> errors.put(providerId + "-" + field, message));
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(request, id, providerId, form, errors, null));
    }

    @Post("/entries/{providerId}/removal")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(@PathVariable UUID id, @PathVariable UUID providerId, @Body ShortlistForms.ButtonForm form) {
        buyer.removeEntry(id, providerId);
        return HttpResponse.seeOther(URI.create(ShortlistsController.PATH + "/" + id + "?ok=entryRemoved"));
    }

    /**
     * The read-only link is shown once, in this answer (not after a redirect): buyer-service keeps only
     * its hash. Reloading makes a new link, which replaces this one.
     */
    @Post("/share")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<ShortlistPages.ShortlistPage> share(
            HttpRequest<?> request, @PathVariable UUID id, @Body ShortlistForms.ButtonForm form) {
        BuyerClient.ShareLink link = buyer.share(id);
        return page(request, id, null, null, Map.of(), SharedShortlistController.PATH + "/" + link.token());
    }

    @Post("/share/revocation")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unshare(@PathVariable UUID id, @Body ShortlistForms.ButtonForm form) {
        buyer.unshare(id);
        return HttpResponse.seeOther(URI.create(ShortlistsController.PATH + "/" + id + "?ok=shareRevoked"));
    }

    private ModelAndView<ShortlistPages.ShortlistPage> page(
            HttpRequest<?> request,
            UUID id,
            @Nullable UUID editing,
            @Nullable ShortlistForms.EntryForm posted,
            Map<String, String> errors,
            @Nullable String shareLink) {
        BuyerClient.Shortlist shortlist = buyer.shortlist(id);
        if (shortlist == null) {
            throw new PageNotFoundException();
        }
        return new ModelAndView<>(
                "shortlist/show",
                new ShortlistPages.ShortlistPage(
                        pages.of(request),
                        shortlist,
                        rows.of(shortlist.entries()),
                        editing,
                        posted,
                        errors,
                        shareLink));
    }
}
