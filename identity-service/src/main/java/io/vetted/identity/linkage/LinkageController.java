package io.vetted.identity.linkage;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;

@Controller
@Secured(Roles.SERVICE)
@RequiresScope(Scopes.LINKAGE_READ)
@ExecuteOn(TaskExecutors.BLOCKING)
class LinkageController implements LinkageOperations {

    private final LinkageStore store;

    LinkageController(LinkageStore store) {
        this.store = store;
    }

    @Override
    public Matches matches(Query query) {
        return new Matches(store.shared(query.accountId(), query.otherAccountIds()).entrySet().stream()
                .map(e -> new Match(e.getKey(), e.getValue()))
                .toList());
    }
}
