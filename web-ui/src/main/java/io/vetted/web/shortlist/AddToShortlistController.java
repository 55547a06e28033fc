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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import io.vetted.web.page.SafeRedirect;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * "Add to a shortlist" from a search result, a provider's page or the comparison: a small page to
 * choose one of the buyer's shortlists or name a new one, then back where the buyer was. A plain
 * link to it, so a signed-out visitor is sent to sign in and comes back here.
 */
@Controller(ShortlistsController.PATH + "/add")
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class AddToShortlistController {

    private final BuyerClient buyer;
    private final VendorClient vendor;
    private final PageContexts pages;

    AddToShortlistController(BuyerClient buyer, VendorClient vendor, PageContexts pages) {
        this.buyer = buyer;
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get
    ModelAndView<ShortlistPages.AddPage> choose(
            HttpRequest<?> request, @QueryValue @Nullable String providerId, @QueryValue @Nullable String returnTo) {
        var shortlists = buyer.shortlists();
        String first = shortlists.isEmpty()
                ? ShortlistForms.NEW
                : shortlists.get(0).id().toString();
        return page(request, new ShortlistForms.AddForm(null, providerId, first, "", returnTo), Map.of());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, @Body ShortlistForms.AddForm form) {
        PageContext ctx = pages.of(request);
        UUID provider = uuid(form.providerId());
        if (provider == null) {
            throw new PageNotFoundException();
        }
        boolean creating = ShortlistForms.NEW.equals(form.shortlistId());
        if (creating && form.newNameText().isEmpty()) {
            return refused(request, form, Map.of("newName", ctx.t("buyer.shortlist.error.name")));
        }
        UUID target = creating ? null : uuid(form.shortlistId());
        if (!creating && target == null) {
            return refused(request, form, Map.of("shortlistId", ctx.t("buyer.shortlist.error.choose")));
        }
        try {
            if (creating) {
                target = buyer.createShortlist(new BuyerClient.Naming(form.newNameText()))
                        .id();
            }
            buyer.addEntry(target, new BuyerClient.NewEntry(provider, null));
        } catch (HttpClientResponseException e) {
            return refused(
                    request,
                    form,
                    FormErrors.of(e, ctx.messages())
                            .propagate(404)
                            .on(
                                    409,
                                    "shortlistId",
                                    creating ? "buyer.shortlist.error.limit" : "buyer.shortlist.error.already")
                            .map());
        }
        URI back = form.returnTo() == null || form.returnTo().isBlank()
                ? URI.create(ShortlistsController.PATH + "/" + target)
                : SafeRedirect.to(form.returnTo());
        String separator = back.getRawQuery() == null ? "?" : "&";
        return HttpResponse.seeOther(URI.create(back + separator + PageContexts.DONE + "=shortlistAdded"));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, ShortlistForms.AddForm form, Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, form, errors));
    }

    private ModelAndView<ShortlistPages.AddPage> page(
            HttpRequest<?> request, ShortlistForms.AddForm form, Map<String, String> errors) {
        UUID provider = uuid(form.providerId());
        VendorClient.Provider found = provider == null ? null : vendor.provider(provider);
        if (found == null) {
            throw new PageNotFoundException();
        }
        return new ModelAndView<>(
                "shortlist/add",
                new ShortlistPages.AddPage(
                        pages.of(request), provider, found.name(), buyer.shortlists(), form, errors));
    }

    @Nullable
    static UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
