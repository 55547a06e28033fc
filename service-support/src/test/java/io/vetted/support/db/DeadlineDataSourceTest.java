package io.vetted.support.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.propagation.PropagatedContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The statements a connection hands out, against the request deadline of the current context. */
class DeadlineDataSourceTest {

    private final List<String> sent = new ArrayList<>();
    private final List<Long> cancels = new CopyOnWriteArrayList<>();
    private volatile long executionTime;
    private final DataSource bounded = DeadlineDataSource.wrap(recording());

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
    void cancelsAnExecutionOnceItOverrunsWhatIsLeftOfTheBudget() throws Exception {
        long start = System.nanoTime();
        try (Connection connection = bounded.getConnection();
                PropagatedContext.Scope ignored = within(Duration.ofMillis(300))) {
            executionTime = 1_000;
            connection.prepareStatement("SELECT pg_sleep(1)").executeQuery();
        }
        assertThat(cancels).isNotEmpty();
        assertThat(Duration.ofNanos(cancels.get(0) - start))
                .isBetween(Duration.ofMillis(300), Duration.ofMillis(300 + 4 * StatementWatchdog.TICK_MILLIS));
    }

    @Test
    void leavesAnExecutionWithinItsBudgetAlone() throws Exception {
        try (Connection connection = bounded.getConnection();
                PropagatedContext.Scope ignored = within(Duration.ofSeconds(2))) {
            executionTime = 3 * StatementWatchdog.TICK_MILLIS;
            connection.prepareStatement("SELECT pg_sleep(0.3)").executeQuery();
        }
        assertThat(cancels).isEmpty();
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
        executionTime = 3 * StatementWatchdog.TICK_MILLIS;
        try (Connection connection = bounded.getConnection()) {
            connection.prepareStatement("SELECT pg_sleep(0.3)").executeQuery();
        }
        assertThat(sent).containsExactly("SELECT pg_sleep(0.3)");
        assertThat(cancels).isEmpty();
    }

    private static PropagatedContext.Scope within(Duration budget) {
        return PropagatedContext.getOrEmpty()
                .plus(RequestDatabaseTime.of(budget))
                .propagate();
    }

    /**
     * Records what reaches the driver: the statements prepared, when they were cancelled, executions taking
     * {@code executionTime} ms. Any other call fails the test, as the bounding must not make it.
     */
    private DataSource recording() {
        return stub(
                DataSource.class,
                (method, args) -> stub(Connection.class, (call, sql) -> switch (call.getName()) {
                    case "close" -> null;
                    case "prepareStatement" -> {
                        sent.add((String) sql[0]);
                        yield stub(PreparedStatement.class, (use, values) -> switch (use.getName()) {
                            case "cancel" -> {
                                cancels.add(System.nanoTime());
                                yield null;
                            }
                            case "executeQuery" -> {
                                Thread.sleep(executionTime);
                                yield null;
                            }
                            default -> throw new AssertionError("unexpected " + use.getName());
                        });
                    }
                    default -> throw new AssertionError("unexpected " + call.getName());
                }));
    }

    private interface Answer {
        Object answer(Method method, Object[] args) throws Exception;
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                DeadlineDataSourceTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method, args)));
    }
}
