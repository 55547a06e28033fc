package io.vetted.support.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Under the connection pool, holds the statements a request sends to its
 * {@link RequestDatabaseTime} budget: each statement's execution is timed and added up; once the
 * budget is spent the next statement is refused (SQLSTATE 57014, answered 503 with Retry-After, and
 * the transaction rolls back), and a running one is cancelled once it overruns it ({@link StatementWatchdog}). Commit and
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
            Optional<RequestDatabaseTime> request = RequestDatabaseTime.current();
            if (request.isEmpty()) {
                return invoke(connection, method, args);
            }
            refuseWhenSpent(request.get());
            Statement statement = (Statement) invoke(connection, method, args);
            return timed(statement, method.getReturnType(), request.get());
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object timed(Statement statement, Class<?> type, RequestDatabaseTime request) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(statement, method, args);
            }
            refuseWhenSpent(request);
            long start = System.nanoTime();
            var watched = StatementWatchdog.watch(
                    statement, start + request.remaining().toNanos());
            try {
                return invoke(statement, method, args);
            } finally {
                StatementWatchdog.release(watched);
                request.spent(System.nanoTime() - start);
            }
        };
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static void refuseWhenSpent(RequestDatabaseTime request) throws SQLTimeoutException {
        if (request.remaining().toNanos() <= 0) {
            throw new SQLTimeoutException("The request's database budget is spent", QUERY_CANCELED);
        }
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
