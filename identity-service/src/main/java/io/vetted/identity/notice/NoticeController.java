package io.vetted.identity.notice;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.identity.notification.Notifications;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;
import java.util.List;
import java.util.UUID;

@Controller
@Secured(Roles.SERVICE)
@RequiresScope(Scopes.NOTICES_SEND)
@ExecuteOn(TaskExecutors.BLOCKING)
class NoticeController implements NoticeOperations {

    private final Notices notices;
    private final Notifications notifications;

    NoticeController(Notices notices, Notifications notifications) {
        this.notices = notices;
        this.notifications = notifications;
    }

    @Override
    public HttpResponse<Void> send(UUID accountId, Notice notice) {
        notices.requireAccount(accountId);
        notifications.accept(notice.asBatch(accountId));
        return HttpResponse.accepted();
    }

    @Override
    public HttpResponse<Void> sendToModerators(Notice notice) {
        List<UUID> moderators = notices.moderators();
        if (!moderators.isEmpty()) {
            notifications.accept(notice.asBatch(moderators));
        }
        return HttpResponse.accepted();
    }

    @Override
    public HttpResponse<Void> sendToAddress(AddressNotice notice) {
        if (notices.claim(notice.noticeId())) {
            notices.mail(notice);
        }
        return HttpResponse.accepted();
    }
}
