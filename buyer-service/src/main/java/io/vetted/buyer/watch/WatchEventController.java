package io.vetted.buyer.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;

@Controller
@Secured(Roles.SERVICE)
@RequiresScope(Scopes.WATCH_EVENTS_WRITE)
@ExecuteOn(TaskExecutors.BLOCKING)
class WatchEventController implements WatchEventOperations {

    private final WatchAlerts alerts;

    WatchEventController(WatchAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public HttpResponse<Void> receive(WatchEventRequest event) {
        alerts.receive(event);
        return HttpResponse.accepted();
    }
}
