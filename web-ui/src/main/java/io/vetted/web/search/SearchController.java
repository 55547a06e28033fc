package io.vetted.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContexts;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    private static final int PAGE_SIZE = 20;

    private final VendorClient vendor;
    private final PageContexts pages;

    SearchController(VendorClient vendor, PageContexts pages) {
        this.vendor = vendor;
        this.pages = pages;
    }

    @Get("/{?q,page}")
    @View("search/index")
    SearchPage home(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        return search(request, q, page);
    }

    /** htmx asks for the results alone; a plain visit (reload, shared link) gets the whole page. */
    @Get("/search{?q,page}")
    ModelAndView<SearchPage> results(HttpRequest<?> request, @Nullable @QueryValue String q,
                                     @Nullable @QueryValue Integer page) {
        boolean partial = request.getHeaders().contains("HX-Request");
        return new ModelAndView<>(partial ? "search/results" : "search/index", search(request, q, page));
    }

    private SearchPage search(HttpRequest<?> request, String q, Integer page) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        int pageNumber = page == null ? 0 : Math.max(0, Math.min(page, 1000));
        return new SearchPage(pages.of(request), new SearchView(query, vendor.search(query, pageNumber, PAGE_SIZE)));
    }
}
