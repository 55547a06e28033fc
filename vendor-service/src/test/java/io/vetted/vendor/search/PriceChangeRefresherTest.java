package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Announced prices reach the search rows on the day they take effect, one provider per transaction. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceChangeRefresherTest implements PostgresTest {

    private static final BigDecimal ANNOUNCED = new BigDecimal("777.00");

    @Inject
    ProviderClient providers;

    @Inject
    PriceChangeRefresher refresher;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeEach
    void noDayDoneYet() throws SQLException {
        run("DELETE FROM price_refresh_day", null);
    }

    @Test
    void showsAPriceTakingEffectTodayAfterARun() throws SQLException {
        UUID provider = announcedForToday("Prix du Jour");

        refresher.refreshPricesTakingEffect();

        assertThat(searchPrice(provider)).isEqualByComparingTo(ANNOUNCED);
    }

    @Test
    void catchesUpOnTheDaysMissedWhileTheServiceWasDown() throws SQLException {
        run("INSERT INTO price_refresh_day (day) VALUES ((now() AT TIME ZONE 'Europe/Paris')::date - 5)", null);
        UUID provider = announced("Prix Manqué", 3);

        refresher.refreshPricesTakingEffect();

        assertThat(searchPrice(provider)).isEqualByComparingTo(ANNOUNCED);
    }

    @Test
    void commitsEachProvidersRefreshWithoutWaitingForTheOthers() throws Exception {
        List<UUID> twoProviders = Stream.of(announcedForToday("Premier Rafraîchi"), announcedForToday("Second Bloqué"))
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
        try (Connection writer = connection()) {
            // a reputation update of the second provider in progress: it holds the row's refresh lock
            lockRefreshOf(writer, twoProviders.get(1));
            var run = CompletableFuture.runAsync(refresher::refreshPricesTakingEffect);

            assertThat(eventually(() -> ANNOUNCED.compareTo(searchPrice(twoProviders.get(0))) == 0))
                    .as("the first provider's refresh committed while the second one waits")
                    .isTrue();
            assertThat(run).isNotDone();
            writer.commit();
            run.get(30, TimeUnit.SECONDS);
        }
        assertThat(searchPrice(twoProviders.get(1))).isEqualByComparingTo(ANNOUNCED);
    }

    @Test
    void refreshesADayOnceEvenWhenItRunsEveryHour() throws SQLException {
        refresher.refreshPricesTakingEffect();
        UUID announcedAfterTheRun = announcedForToday("Annonce Tardive");

        refresher.refreshPricesTakingEffect();

        assertThat(searchPrice(announcedAfterTheRun)).isNotEqualByComparingTo(ANNOUNCED);
    }

    private UUID announcedForToday(String name) throws SQLException {
        return announced(name, 0);
    }

    /**
     * A published provider whose offer gets, past the API, a price that took effect {@code daysAgo}
     * in Paris; its first price is moved further back, so the new one is the price of the day.
     */
    private UUID announced(String name, int daysAgo) throws SQLException {
        UUID id = Providers.published(providers, Providers.agency(name, "Lyon", Specialty.HELPDESK))
                .id();
        run("""
                WITH moved AS (UPDATE offer_price op SET effective_from = op.effective_from - %1$d - 1
                                 FROM offer o WHERE o.id = op.offer_id AND o.provider_id = ?)
                INSERT INTO offer_price (id, offer_id, price_eur, effective_from, announced_at, promised_notice_days)
                SELECT gen_random_uuid(), o.id, 777, (now() AT TIME ZONE 'Europe/Paris')::date - %1$d, now(), 30
                  FROM offer o WHERE o.provider_id = ?""".formatted(daysAgo), id);
        return id;
    }

    private BigDecimal searchPrice(UUID provider) throws SQLException {
        try (Connection connection = connection();
                var statement = connection.prepareStatement(
                        "SELECT monthly_flat_price FROM provider_search WHERE provider_id = ?")) {
            statement.setObject(1, provider);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private static void lockRefreshOf(Connection writer, UUID provider) throws SQLException {
        writer.setAutoCommit(false);
        try (var lock = writer.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?::text, 0))")) {
            lock.setObject(1, provider);
            lock.execute();
        }
    }

    private void run(String sql, UUID provider) throws SQLException {
        try (Connection connection = connection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 1;
                    provider != null && i <= statement.getParameterMetaData().getParameterCount();
                    i++) {
                statement.setObject(i, provider);
            }
            statement.executeUpdate();
        }
    }

    private static boolean eventually(SqlCondition condition) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private interface SqlCondition {
        boolean holds() throws SQLException;
    }

    private Connection connection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
