package io.vetted.web.backend;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets a page make its independent calls to the services at the same time instead of one after the
 * other. Each call runs with the request's {@link PropagatedContext}, so the client filters see the
 * visitor's request (token, language) as they would on the request's own thread.
 *
 * <p>The pool is bounded ({@code vetted.parallel-calls.threads}) and has no queue: when every thread
 * is busy, the request's own thread makes the call. A call therefore never waits for a thread, and
 * lasts at most what the service client's own timeouts allow; under saturation a page falls back to
 * calling one after the other rather than queueing.
 */
@Singleton
public class ParallelCalls {

    private final ThreadPoolExecutor pool;

    ParallelCalls(@Value("${vetted.parallel-calls.threads:32}") int threads) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(
                0,
                threads,
                60,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "parallel-call-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                // runs even once the pool is shut down, so a page finishing during shutdown still completes
                (work, executor) -> work.run());
    }

    /** Calls started together; closing it waits for every one of them, whatever they gave. */
    public Fork fork() {
        return new Fork();
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    public final class Fork implements AutoCloseable {

        private final List<CompletableFuture<?>> started = new ArrayList<>();

        private Fork() {}

        /** Starts {@code call} on another thread, with the current request's context. */
        public <T> Call<T> start(Supplier<T> call) {
            CompletableFuture<T> future =
                    CompletableFuture.supplyAsync(PropagatedContext.getOrEmpty().wrap(call), pool);
            started.add(future);
            return new Call<>(future);
        }

        /** Waits for the calls still running, so none outlives the request that started it. */
        @Override
        public void close() {
            started.forEach(future -> future.handle((result, failure) -> null).join());
        }
    }

    /** A started call: {@link #join()} gives its result or throws what the call threw. */
    public static final class Call<T> {

        private final CompletableFuture<T> future;

        private Call(CompletableFuture<T> future) {
            this.future = future;
        }

        public T join() {
            try {
                return future.join();
            } catch (CompletionException e) {
                // the call's own exception, so error handling is the same as for a call made in line
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
