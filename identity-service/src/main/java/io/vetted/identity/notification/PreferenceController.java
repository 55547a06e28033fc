package io.vetted.identity.notification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PreferenceController implements PreferenceOperations {

    private final NotificationPreferences preferences;
    private final CurrentUser currentUser;

    PreferenceController(NotificationPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public Preferences preferences() {
        return new Preferences(preferences.of(currentUser.accountId()));
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public Preferences choose(Preferences chosen) {
        return new Preferences(preferences.choose(currentUser.accountId(), chosen.preferences()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Unsubscription unsubscription(String token) {
        return new Unsubscription(List.copyOf(preferences.read(token).kinds()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<Unsubscription> unsubscribe(String token) {
        return HttpResponse.ok(
                new Unsubscription(List.copyOf(preferences.unsubscribe(token).kinds())));
    }
}
