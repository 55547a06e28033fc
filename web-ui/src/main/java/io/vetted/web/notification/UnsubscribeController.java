package io.vetted.web.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.vetted.web.backend.NotificationClient;
import io.vetted.web.page.PageContexts;
import java.util.List;
import java.util.function.Function;

/**
 * The unsubscribe link of a notification mail, without sign-in: opening it changes nothing (link
 * checkers and previews open links); its button, or a mail client's RFC 8058 one-click POST,
 * stops those mails. The signed token in the path is what authorises the POST, so it carries no
 * CSRF token (a mail client has none), and it answers the page itself rather than a redirect.
 */
@Controller("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnsubscribeController {

    private final NotificationClient notifications;
    private final PageContexts pages;

    UnsubscribeController(NotificationClient notifications, PageContexts pages) {
        this.notifications = notifications;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable String token) {
        return answer(request, token, false, notifications::unsubscription);
    }

    @Post(consumes = MediaType.ALL)
    @Consumes(MediaType.ALL)
    HttpResponse<?> unsubscribe(HttpRequest<?> request, @PathVariable String token) {
        return answer(request, token, true, notifications::unsubscribe);
    }

    private HttpResponse<?> answer(
            HttpRequest<?> request,
            String token,
            boolean done,
            Function<String, NotificationClient.Unsubscription> call) {
        NotificationClient.Unsubscription unsubscription = null;
        if (token.matches("[A-Za-z0-9_-]{1,100}")) {
            try {
                unsubscription = call.apply(token);
            } catch (HttpClientResponseException e) {
                if (e.code() != 404) {
                    throw e;
                }
            }
        }
        List<String> kinds = unsubscription == null ? List.of() : unsubscription.kinds();
        var page = new ModelAndView<>(
                "notification/unsubscribe",
                new NotificationPages.UnsubscribePage(pages.of(request), token, kinds, done && !kinds.isEmpty()));
        return HttpResponse.status(kinds.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.OK)
                .body(page);
    }
}
