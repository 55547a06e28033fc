package io.vetted.review.gdpr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;
import java.util.Map;
import java.util.UUID;

@Controller
@Secured(Roles.SERVICE)
@RequiresScope(Scopes.PERSONAL_DATA)
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonalDataController implements PersonalDataOperations {

    private final PersonalData data;

    PersonalDataController(PersonalData data) {
        this.data = data;
    }

    @Override
    public Map<String, Object> export(UUID accountId) {
        return data.export(accountId);
    }

    @Override
    public HttpResponse<Void> erase(UUID accountId, @Nullable String email) {
        data.erase(accountId, email);
        return HttpResponse.noContent();
    }
}
