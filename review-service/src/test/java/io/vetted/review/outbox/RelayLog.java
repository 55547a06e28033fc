package io.vetted.review.outbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The outbox relay's log lines, down to its per-retry debug lines, while a test runs. */
final class RelayLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.vetted.support.outbox.OutboxRelay");
    private final Level level = logger.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private RelayLog() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
    }

    static RelayLog capture() {
        return new RelayLog();
    }

    long lines(String containing) {
        List<ILoggingEvent> events;
        synchronized (appender) { // AppenderBase appends under the appender's own lock
            events = List.copyOf(appender.list);
        }
        return events.stream()
                .filter(event -> event.getFormattedMessage().contains(containing))
                .count();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
    }
}
