package io.vetted.vendor.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController implements SearchOperations {

    private final ProviderSearch search;

    SearchController(ProviderSearch search) {
        this.search = search;
    }

    @Override
    public SearchResponse search(SearchCriteria criteria) {
        return search.search(criteria);
    }
}
