package io.vetted.buyer.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.buyer.vendor.VendorDirectory;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.support.problem.ApiProblems;
import java.util.UUID;

@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class WatchController implements WatchOperations {

    private final Watches watches;
    private final VendorDirectory vendor;
    private final CurrentUser currentUser;

    WatchController(Watches watches, VendorDirectory vendor, CurrentUser currentUser) {
        this.watches = watches;
        this.vendor = vendor;
        this.currentUser = currentUser;
    }

    @Override
    public WatchList watches() {
        return new WatchList(watches.of(currentUser.accountId()));
    }

    @Override
    public HttpResponse<Void> watch(UUID providerId) {
        // asked before the transaction, so no connection is held while vendor-service answers
        if (!vendor.isPublished(providerId)) {
            throw ApiProblems.notFound("No published provider with id " + providerId);
        }
        watches.watch(currentUser.accountId(), providerId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> unwatch(UUID providerId) {
        watches.unwatch(currentUser.accountId(), providerId);
        return HttpResponse.noContent();
    }
}
