package io.vetted.identity.account;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerHttpRequestContext;
import io.micronaut.http.context.ServerRequestContext;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;

/**
 * Work that must not show in the answer's timing (whether an account exists): handed to another
 * thread in a fresh context, carrying only the request, so that audit events keep its client
 * address; the request's own transaction and connection are not carried (closed by then).
 */
final class AfterTheAnswer {

    private AfterTheAnswer() {}

    static void run(ExecutorService executor, Logger log, String what, Runnable work) {
        HttpRequest<Object> request = ServerRequestContext.currentRequest().orElse(null);
        executor.execute(() -> {
            PropagatedContext fresh = request == null
                    ? PropagatedContext.empty()
                    : PropagatedContext.empty().plus(new ServerHttpRequestContext(request));
            try (PropagatedContext.Scope ignored = fresh.propagate()) {
                work.run();
            } catch (RuntimeException e) {
                log.error("Could not {}", what, e);
            }
        });
    }
}
