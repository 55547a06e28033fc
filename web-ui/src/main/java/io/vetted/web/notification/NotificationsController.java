package io.vetted.web.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.NotificationClient;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.UUID;

/** The signed-in person's notification centre: newest first, unread ones marked, marked read one by one or all. */
@Controller(NotificationsController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured({"SME", "PROVIDER", "MODERATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationsController {

    static final String PATH = "/my/notifications";
    private static final int PAGE = 20;

    private final NotificationClient notifications;
    private final PageContexts pages;

    NotificationsController(NotificationClient notifications, PageContexts pages) {
        this.notifications = notifications;
        this.pages = pages;
    }

    @Get("{?offset}")
    ModelAndView<NotificationPages.ListPage> list(HttpRequest<?> request, @Nullable @QueryValue Integer offset) {
        int from = offset == null ? 0 : Math.max(0, Math.min(offset, 100_000));
        NotificationClient.Page page = notifications.notifications(PAGE, from);
        Integer older = page.items().size() == PAGE ? from + PAGE : null;
        return new ModelAndView<>("notification/list", new NotificationPages.ListPage(pages.of(request), page, older));
    }

    @Post("/{id}/read")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markRead(@PathVariable UUID id, @Body NotificationPages.ButtonForm form) {
        notifications.markRead(id);
        return HttpResponse.seeOther(URI.create(PATH + "?" + PageContexts.DONE + "=notificationRead"));
    }

    @Post("/read-all")
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markAllRead(@Body NotificationPages.ButtonForm form) {
        notifications.markAllRead();
        return HttpResponse.seeOther(URI.create(PATH + "?" + PageContexts.DONE + "=notificationsRead"));
    }
}
