package io.vetted.identity.notification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController implements NotificationOperations {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationController(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.SERVICE)
    @RequiresScope(Scopes.NOTICES_SEND)
    public HttpResponse<Void> notify(NotificationBatch batch) {
        notifications.accept(batch);
        return HttpResponse.accepted();
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public NotificationView.Page list(int limit, int offset) {
        return notifications.page(currentUser.accountId(), limit, offset);
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public NotificationView.UnreadCount unreadCount() {
        return new NotificationView.UnreadCount(notifications.unread(currentUser.accountId()));
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public HttpResponse<Void> markRead(UUID id) {
        notifications.markRead(currentUser.accountId(), id);
        return HttpResponse.noContent();
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public HttpResponse<Void> markAllRead() {
        notifications.markAllRead(currentUser.accountId());
        return HttpResponse.noContent();
    }
}
