package io.vetted.support.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Under the connection pool, holds each statement a request sends to what is left of its
 * {@link RequestDeadline}: none once it is spent (SQLSTATE 57014, answered 503 with Retry-After,
 * and the transaction rolls back), and a running one is cancelled when it runs out. Commit and
 * rollback are not statements, so a write that reached its commit is never cut at the last step.
 */
final class DeadlineDataSource {

    static final String QUERY_CANCELED = "57014";
    private static final Set<String> STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");

    private DeadlineDataSource() {}

    static DataSource wrap(DataSource physical) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(physical, method, args);
                    return result instanceof Connection connection ? bounded(connection) : result;
                });
    }

    private static Connection bounded(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!STATEMENTS.contains(method.getName())) {
                return invoke(connection, method, args);
            }
            Optional<Duration> remaining = RequestDeadline.remaining();
            if (remaining.isPresent()
                    && (remaining.get().isNegative() || remaining.get().isZero())) {
                throw new SQLTimeoutException("The request's database budget is spent", QUERY_CANCELED);
            }
            Statement statement = (Statement) invoke(connection, method, args);
            if (remaining.isPresent()) {
                statement.setQueryTimeout(
                        (int) Math.max(1, Math.ceil(remaining.get().toMillis() / 1000.0)));
            }
            return statement;
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
