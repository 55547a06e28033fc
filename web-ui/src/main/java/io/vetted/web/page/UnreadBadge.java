package io.vetted.web.page;

import io.micronaut.http.HttpRequest;
import io.vetted.web.backend.NotificationClient;
import io.vetted.web.backend.ParallelCalls;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in visitor's unread notification count for the navigation, asked once per request
 * (a page may build its context more than once). When identity-service cannot say, the page shows
 * no badge rather than an error.
 */
@Singleton
class UnreadBadge {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadBadge.class);
    private static final String ATTRIBUTE = "vetted.unreadNotifications";
    private static final Long UNKNOWN = -1L;

    private final NotificationClient notifications;

    UnreadBadge(NotificationClient notifications) {
        this.notifications = notifications;
    }

    /** @return the count, or null when it is unknown */
    Long of(HttpRequest<?> request) {
        Long count = request.getAttribute(ATTRIBUTE, Long.class).orElseGet(() -> {
            Long asked = ask();
            request.setAttribute(ATTRIBUTE, asked);
            return asked;
        });
        return UNKNOWN.equals(count) ? null : count;
    }

    /**
     * Asks for the count on {@code fork} now, beside a page's own calls; running the result, on the
     * request's thread once the page's calls are done, keeps it for {@link #of}. Only the request's
     * thread writes the request's attributes, which the other calls read.
     */
    Runnable askAhead(HttpRequest<?> request, ParallelCalls.Fork fork) {
        if (request.getAttribute(ATTRIBUTE).isPresent()) {
            return () -> {};
        }
        ParallelCalls.Call<Long> asked = fork.start(this::ask);
        return () -> request.setAttribute(ATTRIBUTE, asked.join());
    }

    private Long ask() {
        try {
            NotificationClient.UnreadCount count = notifications.unreadCount();
            return count == null ? UNKNOWN : count.count();
        } catch (RuntimeException e) {
            LOG.debug("No unread count for the navigation: {}", e.getMessage());
            return UNKNOWN;
        }
    }
}
