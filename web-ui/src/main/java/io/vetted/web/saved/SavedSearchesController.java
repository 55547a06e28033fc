package io.vetted.web.saved;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.FormErrors;
import io.vetted.web.page.PageContext;
import io.vetted.web.page.PageContexts;
import io.vetted.web.search.SearchForm;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An SME's saved searches: saving the search page's query string, the list with the count of
 * providers new since the last run, re-running one (which records the visit), deleting one.
 */
@Controller(SavedSearchesController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured("SME")
@ExecuteOn(TaskExecutors.BLOCKING)
class SavedSearchesController {

    static final String PATH = "/my/saved-searches";

    private final BuyerClient buyer;
    private final NewMatches newMatches;
    private final PageContexts pages;

    SavedSearchesController(BuyerClient buyer, NewMatches newMatches, PageContexts pages) {
        this.buyer = buyer;
        this.newMatches = newMatches;
        this.pages = pages;
    }

    @Get
    ModelAndView<SavedSearchPages.ListPage> list(HttpRequest<?> request) {
        List<BuyerClient.SavedSearch> searches = buyer.savedSearches();
        List<SavedSearchPages.Count> counts = newMatches.of(searches);
        List<SavedSearchPages.Row> rows = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) {
            rows.add(new SavedSearchPages.Row(searches.get(i), counts.get(i)));
        }
        return new ModelAndView<>("saved/list", new SavedSearchPages.ListPage(pages.of(request), rows, Map.of()));
    }

    /** The "save this search" page, for the search page's query string (re-read, so only what search keeps is saved). */
    @Get("/new")
    ModelAndView<SavedSearchPages.NewPage> create(HttpRequest<?> request, @QueryValue @Nullable String query) {
        String kept = SearchForm.ofQueryString(query == null ? "" : query).baseQuery();
        String q = SearchForm.ofQueryString(kept).q();
        return page(request, new SavedSearchPages.SaveForm(null, q, kept), Map.of());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @Body SavedSearchPages.SaveForm form) {
        PageContext ctx = pages.of(request);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.nameText().isEmpty()) {
            errors.put("name", ctx.t("buyer.saved.error.name"));
        } else {
            try {
                // vendor-service's reading of the search goes with it: buyer-service alerts of new providers it finds
                buyer.saveSearch(new BuyerClient.NewSavedSearch(
                        form.nameText(),
                        form.queryText(),
                        SearchForm.ofQueryString(form.queryText()).vendorQuery()));
                return HttpResponse.seeOther(URI.create(PATH + "?" + PageContexts.DONE + "=searchSaved"));
            } catch (HttpClientResponseException e) {
                errors.putAll(FormErrors.of(e, ctx.messages())
                        .on(409, FormErrors.FORM, "buyer.saved.error.limit")
                        .map());
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, form, errors));
    }

    /** Runs the search again: the visit is recorded first, so its new matches start from now. */
    @Post("/{id}/run")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> run(@PathVariable UUID id, @Body SavedSearchPages.ButtonForm form) {
        BuyerClient.SavedSearch search = buyer.visit(id);
        return HttpResponse.seeOther(
                URI.create("/?" + SearchForm.ofQueryString(search.query()).baseQuery()));
    }

    @Post("/{id}/deletion")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable UUID id, @Body SavedSearchPages.ButtonForm form) {
        buyer.deleteSavedSearch(id);
        return HttpResponse.seeOther(URI.create(PATH + "?" + PageContexts.DONE + "=searchDeleted"));
    }

    private ModelAndView<SavedSearchPages.NewPage> page(
            HttpRequest<?> request, SavedSearchPages.SaveForm form, Map<String, String> errors) {
        return new ModelAndView<>("saved/new", new SavedSearchPages.NewPage(pages.of(request), form, errors));
    }
}
