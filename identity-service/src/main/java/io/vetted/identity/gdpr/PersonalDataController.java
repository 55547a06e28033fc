package io.vetted.identity.gdpr;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;

@Controller
@Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonalDataController implements PersonalDataOperations {

    private final PersonalData gdpr;
    private final CurrentUser currentUser;

    PersonalDataController(PersonalData gdpr, CurrentUser currentUser) {
        this.gdpr = gdpr;
        this.currentUser = currentUser;
    }

    @Override
    public PersonalDataPayloads.DataExport export() {
        return gdpr.export(currentUser.accountId());
    }

    @Override
    public HttpResponse<Void> delete(PersonalDataPayloads.Deletion request) {
        gdpr.erase(currentUser.accountId(), request.password());
        return HttpResponse.<Void>noContent().header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
