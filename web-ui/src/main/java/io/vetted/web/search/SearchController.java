package io.vetted.web.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.compare.CompareSelection;
import io.vetted.web.page.Htmx;
import io.vetted.web.page.PageContexts;
import java.util.List;
import java.util.Map;

@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    private final VendorClient vendor;
    private final Catalogs catalogs;
    private final CompareSelection comparison;
    private final PageContexts pages;

    SearchController(VendorClient vendor, Catalogs catalogs, CompareSelection comparison, PageContexts pages) {
        this.vendor = vendor;
        this.catalogs = catalogs;
        this.comparison = comparison;
        this.pages = pages;
    }

    @Get("/")
    @View("search/index")
    SearchPage home(HttpRequest<?> request) {
        return search(request);
    }

    /** htmx asks for the filters and results alone (see Htmx). */
    @Get("/search")
    HttpResponse<ModelAndView<SearchPage>> results(HttpRequest<?> request) {
        return Htmx.fragmentOrPage(request, "search/body", "search/index", search(request));
    }

    private SearchPage search(HttpRequest<?> request) {
        SearchForm form = SearchForm.of(request.getParameters());
        VendorClient.SearchResults results;
        boolean invalid = false;
        try {
            results = vendor.search(form.query());
        } catch (HttpClientResponseException e) {
            if (e.code() != 400) {
                throw e;
            }
            // a stale cursor or an out-of-range value typed into the address bar: say so, show nothing
            invalid = true;
            results = new VendorClient.SearchResults(
                    List.of(), 0, false, 0, SearchForm.PAGE_SIZE, null, Map.of(), null, null, false, null, List.of());
        }
        return new SearchPage(
                pages.of(request), new SearchView(form, results, catalogs.get(), comparison.of(request), invalid));
    }
}
