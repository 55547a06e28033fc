package io.vetted.web.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.NotificationClient;
import io.vetted.web.page.Messages;
import io.vetted.web.page.PageContexts;
import io.vetted.web.security.CsrfProtected;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the signed-in person wants each kind of notification mailed, in one form. */
@Controller(NotificationSettingsController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured({"SME", "PROVIDER", "MODERATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationSettingsController {

    static final String PATH = "/my/settings/notifications";

    private final NotificationClient notifications;
    private final PageContexts pages;

    NotificationSettingsController(NotificationClient notifications, PageContexts pages) {
        this.notifications = notifications;
        this.pages = pages;
    }

    @Get
    ModelAndView<NotificationPages.SettingsPage> settings(HttpRequest<?> request) {
        Map<String, String> chosen = new LinkedHashMap<>();
        notifications.preferences().preferences().forEach(p -> chosen.put(p.kind(), p.delivery()));
        return page(request, chosen, Map.of());
    }

    @Post
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> choose(HttpRequest<?> request, @Body NotificationPages.SettingsForm form) {
        Map<String, String> chosen = form.chosen();
        Map<String, String> errors = new LinkedHashMap<>();
        Messages messages = pages.messages(request);
        chosen.forEach((kind, delivery) -> {
            if (!NotificationPages.DELIVERIES.contains(delivery)) {
                errors.put(NotificationPages.field(kind), messages.get("notification.settings.error"));
            }
        });
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, chosen, errors));
        }
        notifications.choose(new NotificationClient.Preferences(chosen.entrySet().stream()
                .map(e -> new NotificationClient.Preference(e.getKey(), e.getValue()))
                .toList()));
        return HttpResponse.seeOther(URI.create(PATH + "?" + PageContexts.DONE + "=notificationSettings"));
    }

    private ModelAndView<NotificationPages.SettingsPage> page(
            HttpRequest<?> request, Map<String, String> chosen, Map<String, String> errors) {
        return new ModelAndView<>(
                "notification/settings", new NotificationPages.SettingsPage(pages.of(request), chosen, errors));
    }
}
