package io.vetted.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.propagation.PropagatedContext;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The statements a connection hands out, against the request deadline of the current context. */
class DeadlineDataSourceTest {

    private final List<String> sent = new ArrayList<>();
    private final List<Integer> timeouts = new ArrayList<>();
    private volatile long executionTime;
    private final DataSource bounded = DeadlineDataSource.wrap(new Recording());

    @Test
    void refusesAStatementOnceTheRequestsBudgetIsSpent() throws Exception {
        try (Connection connection = bounded.getConnection();
                PropagatedContext.Scope ignored = within(Duration.ZERO)) {
            assertThatThrownBy(() -> connection.prepareStatement("SELECT 1"))
                    .isInstanceOf(SQLTimeoutException.class)
                    .extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("57014");
        }
        assertThat(sent).isEmpty();
    }

    @Test
    void givesAnExecutionWhatIsLeftOfTheBudgetRoundedUpToASecond() throws Exception {
        try (Connection connection = bounded.getConnection();
                PropagatedContext.Scope ignored = within(Duration.ofMillis(2_300))) {
            connection.prepareStatement("SELECT 1").executeQuery();
        }
        assertThat(sent).containsExactly("SELECT 1");
        assertThat(timeouts).containsExactly(3);
    }

    @Test
    void countsOnlyTheTimeStatementsTakeNotTheRequestsOtherWork() throws Exception {
        try (Connection connection = bounded.getConnection();
                PropagatedContext.Scope ignored = within(Duration.ofMillis(300))) {
            Thread.sleep(400); // a password hash on a busy machine, say
            connection.prepareStatement("SELECT 1").executeQuery();
            executionTime = 350;
            connection.prepareStatement("SELECT pg_sleep(0.35)").executeQuery();

            assertThatThrownBy(() -> connection.prepareStatement("SELECT 2")).isInstanceOf(SQLTimeoutException.class);
        }
        assertThat(sent).containsExactly("SELECT 1", "SELECT pg_sleep(0.35)");
    }

    @Test
    void leavesStatementsOutsideARequestUnbounded() throws Exception {
        try (Connection connection = bounded.getConnection()) {
            connection.prepareStatement("SELECT 1").executeQuery();
        }
        assertThat(sent).containsExactly("SELECT 1");
        assertThat(timeouts).isEmpty();
    }

    private static PropagatedContext.Scope within(Duration budget) {
        return PropagatedContext.getOrEmpty()
                .plus(RequestDatabaseTime.of(budget))
                .propagate();
    }

    /** Records what reaches the driver; executions take {@code executionTime} ms; other calls are refused. */
    private final class Recording implements DataSource {
        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        if (!method.getName().equals("prepareStatement")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        sent.add((String) args[0]);
                        return statement();
                    });
        }

        private PreparedStatement statement() {
            return (PreparedStatement) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        if (method.getName().equals("setQueryTimeout")) {
                            timeouts.add((Integer) args[0]);
                            return null;
                        }
                        if (method.getName().equals("executeQuery")) {
                            Thread.sleep(executionTime);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
