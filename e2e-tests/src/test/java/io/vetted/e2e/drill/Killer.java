package io.vetted.e2e.drill;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Kills a service (SIGKILL) at the moment a drill waits for, e.g. while requests to it are in flight
 * or while an outbox batch is leased, then starts it again and waits until it is ready.
 */
public final class Killer implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(180);
    private final Platform platform;
    private final Http http;
    private final Map<String, Connection> connections = new HashMap<>();
    private long leasedSeen;

    public Killer(Platform platform, Http http) {
        this.platform = platform;
        this.http = http;
    }

    /** Outbox rows a relay holds right now (a batch being delivered) in {@code service}'s outbox. */
    public synchronized long leased(ServiceProcess service) {
        try {
            Connection connection = connection(service);
            long leased =
                    ReputationCheck.count(connection, "SELECT count(*) FROM outbox_event WHERE locked_until > now()");
            leasedSeen = Math.max(leasedSeen, leased);
            return leased;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The moment {@code service} has a client request in flight. */
    public BooleanSupplier inFlight(ServiceProcess service) {
        return () -> http.inFlight(service.name()) > 0;
    }

    /** The moment {@code outbox}'s relay holds a batch and {@code service} has a request in flight. */
    public BooleanSupplier delivering(ServiceProcess outbox, ServiceProcess service) {
        return () -> http.inFlight(service.name()) > 0 && leased(outbox) > 0;
    }

    /**
     * The moment review-service has committed a reference whose client is still waiting for the
     * answer ({@code keys}: the Idempotency-Keys waiting): a kill then leaves a client that never got
     * the answer to a write that is stored, and its retry must be answered with that same reference.
     */
    public BooleanSupplier committedUnanswered(Supplier<List<String>> keys) {
        return () -> {
            List<String> waiting = keys.get();
            if (waiting.isEmpty()) {
                return false;
            }
            try {
                Connection review = connection(platform.review);
                try (PreparedStatement statement = review.prepareStatement(
                        "SELECT count(*) FROM idempotency_key WHERE reference_id IS NOT NULL AND key = ANY(?)")) {
                    statement.setArray(1, review.createArrayOf("text", waiting.toArray()));
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() && row.getLong(1) > 0;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Waits up to {@code patience} for {@code moment}, kills {@code service} (SIGKILL) then and restarts it. */
    public Kill kill(ServiceProcess service, int round, BooleanSupplier moment, Duration patience) {
        return restart(service, "SIGKILL", round, moment, patience);
    }

    /** As {@link #kill}, with a graceful stop (SIGTERM, the service's shutdown) in place of SIGKILL. */
    public Kill stop(ServiceProcess service, int round, BooleanSupplier moment, Duration patience) {
        return restart(service, "stop", round, moment, patience);
    }

    private Kill restart(ServiceProcess service, String how, int round, BooleanSupplier moment, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean caught = false;
        synchronized (this) {
            leasedSeen = 0;
        }
        while (!caught && System.nanoTime() < deadline) {
            caught = moment.getAsBoolean();
            if (!caught) {
                LockSupport.parkNanos(2_000_000);
            }
        }
        int inFlight = http.inFlight(service.name());
        long killedAt = System.currentTimeMillis();
        if (how.equals("stop")) {
            service.stop();
        } else {
            service.kill();
        }
        // counted after the kill, so that the kill is not late: a dead relay's leases stay until they expire
        long leased;
        synchronized (this) {
            leased = caught ? leasedSeen : 0;
        }
        leased = Math.max(leased, leased(platform.review) + leased(platform.vendor));
        long restartedAt = System.currentTimeMillis();
        service.start().awaitReady(READY);
        long readyMs = System.currentTimeMillis() - restartedAt;
        return new Kill(service.name(), how, round, inFlight, leased, caught, killedAt, restartedAt, readyMs, Map.of());
    }

    private synchronized Connection connection(ServiceProcess service) throws SQLException {
        Connection connection = connections.get(service.name());
        if (connection == null) {
            connection = platform.database(service).connect();
            connections.put(service.name(), connection);
        }
        return connection;
    }

    @Override
    public synchronized void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }
}
