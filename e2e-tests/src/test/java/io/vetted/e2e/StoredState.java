package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row the services store, table by table, to tell whether a series of calls changed
 * anything. Left out: the audit trail, which records reads too (an export, a refused call), and
 * review-service's copy of what vendor-service last said about a provider, refreshed by each
 * lookup so that references stay writable while vendor-service is down: a cache, not state;
 * vendor-service's stored public profiles, which the first read after a change writes (V27): a
 * copy of the profile's tables, not state; and review-service's schedule of its periodic jobs and
 * the days vendor-service's price refresher has done (V30), which move with the clock, not with
 * calls (the refresher's first run, a minute after start, once landed inside the read-only sweep).
 */
final class StoredState {

    private static final Set<String> NOT_STATE = Set.of(
            "flyway_schema_history",
            "security_event",
            "known_provider",
            "provider_public_profile",
            "scheduled_job",
            "price_refresh_day");

    private StoredState() {}

    /** Table (as {@code service.table}) to its rows, each as PostgreSQL writes a row as text. */
    static Map<String, Set<String>> of(Platform platform) {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (ServiceProcess service : List.of(platform.identity, platform.vendor, platform.review, platform.buyer)) {
            try (Connection connection = platform.database(service).connect();
                    Statement statement = connection.createStatement()) {
                for (String table : tables(statement)) {
                    Set<String> rows = new TreeSet<>();
                    try (ResultSet result = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                        while (result.next()) {
                            rows.add(result.getString(1));
                        }
                    }
                    tables.put(service.name() + "." + table, rows);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read " + service.name() + "'s database: " + e.getMessage(), e);
            }
        }
        return tables;
    }

    /** The rows removed ({@code -}) and added ({@code +}) between two states, one line each. */
    static List<String> changes(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        List<String> changes = new ArrayList<>();
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String table : names) {
            Set<String> old = before.getOrDefault(table, Set.of());
            Set<String> now = after.getOrDefault(table, Set.of());
            old.stream().filter(row -> !now.contains(row)).forEach(row -> changes.add("- " + table + " " + row));
            now.stream().filter(row -> !old.contains(row)).forEach(row -> changes.add("+ " + table + " " + row));
        }
        return changes;
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (result.next()) {
                if (!NOT_STATE.contains(result.getString(1))) {
                    tables.add(result.getString(1));
                }
            }
        }
        return tables;
    }
}
