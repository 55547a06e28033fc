package io.vetted.support.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.vetted.support.logging.LoggedPaths;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events (refused tokens, refused writes) written to the {@code vetted.security} log, one
 * line each with the event type, the caller's address, the route and the subject when known, so
 * a log pipeline can alert on them. Never logs tokens, passwords or codes.
 */
@Singleton
public class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("vetted.security");
    static final String RECORDED = "vetted.security.recorded";

    public void record(String type, HttpRequest<?> request, @Nullable String subject) {
        request.setAttribute(RECORDED, true);
        LOG.warn(
                "security-event type={} method={} path={} address={} subject={}",
                type,
                request.getMethod(),
                sanitise(LoggedPaths.of(request.getPath())),
                request.getRemoteAddress().getAddress().getHostAddress(),
                subject == null ? "-" : sanitise(subject));
    }

    /** Keeps attacker-controlled text from forging log lines. */
    static String sanitise(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\s]", "_");
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
