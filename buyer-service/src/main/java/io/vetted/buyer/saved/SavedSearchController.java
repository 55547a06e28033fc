package io.vetted.buyer.saved;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class SavedSearchController implements SavedSearchOperations {

    private final SavedSearchService searches;
    private final CurrentUser currentUser;

    SavedSearchController(SavedSearchService searches, CurrentUser currentUser) {
        this.searches = searches;
        this.currentUser = currentUser;
    }

    @Override
    public List<SavedSearchPayloads.SavedSearchView> savedSearches() {
        return searches.all(currentUser.accountId());
    }

    @Override
    public HttpResponse<SavedSearchPayloads.SavedSearchView> save(SavedSearchPayloads.NewSavedSearch request) {
        var saved = searches.save(currentUser.accountId(), request);
        return HttpResponse.created(saved, URI.create("/api/buyer/saved-searches"));
    }

    @Override
    public SavedSearchPayloads.SavedSearchView visit(UUID id) {
        return searches.visit(id, currentUser.accountId());
    }

    @Override
    public HttpResponse<Void> delete(UUID id) {
        searches.delete(id, currentUser.accountId());
        return HttpResponse.noContent();
    }
}
