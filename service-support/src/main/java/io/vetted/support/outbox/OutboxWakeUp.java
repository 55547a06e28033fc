package io.vetted.support.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the relay the moment a transaction that queued an event commits ({@link Outbox} notifies
 * {@value #CHANNEL}), so an event leaves within milliseconds instead of waiting for the next poll.
 * It listens on a connection of its own, outside the pool (LISTEN holds its connection for good);
 * while that connection is down, polling alone delivers, and the listener reconnects with back-off.
 * Set {@code vetted.outbox.relay.listen=false} where LISTEN cannot work (PgBouncer in transaction mode).
 */
@Context
@Requires(beans = OutboxRelay.class)
@Requires(property = "vetted.outbox.relay.listen", notEquals = "false")
class OutboxWakeUp {

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWakeUp.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final OutboxRelay relay;
    private final String url;
    private final String user;
    private final String password;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection current;

    OutboxWakeUp(
            OutboxRelay relay,
            @Value("${datasources.default.url}") String url,
            @Value("${datasources.default.username:}") String user,
            @Value("${datasources.default.password:}") String password) {
        this.relay = relay;
        this.url = url;
        this.user = user;
        this.password = password;
        this.listener = new Thread(this::listen, "outbox-wake-up");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
        Connection listening = current;
        if (listening != null) {
            try {
                // abort, not close: close waits for the listener's blocking read (up to its timeout),
                // and a closing context must neither wait nor hold a server connection meanwhile
                listening.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debug("Outbox listener's connection did not close cleanly: {}", e.getMessage());
            }
        }
    }

    private void listen() {
        long pauseMillis = 250;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                current = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                pauseMillis = 250;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    // blocks until a notification arrives or the timeout passes; a dead connection throws
                    if (notifications.getNotifications(10_000).length > 0) {
                        relay.wake();
                    } else {
                        alive(connection); // a server gone without a word only shows when asked
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.debug("Outbox listener lost its connection; polling delivers meanwhile: {}", e.getMessage());
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                return;
            }
            pauseMillis = Math.min(MAX_PAUSE.toMillis(), pauseMillis * 2);
        }
    }

    private static void alive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }
}
