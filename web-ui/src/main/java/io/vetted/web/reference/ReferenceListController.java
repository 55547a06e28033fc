package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.ParallelCalls;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.Htmx;
import io.vetted.web.page.PageContexts;
import io.vetted.web.page.PageNotFoundException;
import java.util.UUID;

@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceListController {

    private final ReferenceSections sections;
    private final VendorClient vendor;
    private final PageContexts pages;
    private final ParallelCalls calls;

    ReferenceListController(ReferenceSections sections, VendorClient vendor, PageContexts pages, ParallelCalls calls) {
        this.sections = sections;
        this.vendor = vendor;
        this.pages = pages;
        this.calls = calls;
    }

    /** htmx swaps the list alone; a plain visit gets a page of its own (see Htmx). */
    @Get("/providers/{id}/references{?sort,verified,current,criterion,page}")
    HttpResponse<ModelAndView<ReferencesPage>> list(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean verified,
            @Nullable @QueryValue Boolean current,
            @Nullable @QueryValue String criterion,
            @Nullable @QueryValue Integer page) {
        ReferenceFilter filter = ReferenceFilter.of(sort, verified, current, criterion, page);
        VendorClient.Provider provider;
        ReferenceList list;
        try (ParallelCalls.Fork fork = calls.fork()) {
            // the provider's name and the references are asked at the same time; a missing provider is a 404
            ParallelCalls.Call<ReferenceList> listed = fork.start(() -> sections.list(id, filter));
            provider = vendor.provider(id);
            if (provider == null) {
                throw new PageNotFoundException();
            }
            list = listed.join();
        }
        var model = new ReferencesPage(pages.of(request), provider.name(), list);
        return Htmx.fragmentOrPage(request, "reference/list", "reference/all", model);
    }
}
