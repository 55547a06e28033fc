package io.vetted.support.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the service's database before the connection pool opens, so a fresh PostgreSQL server
 * (a laptop, a new CI machine, an empty container) needs no manual step. Runs only when the
 * configured user may create databases; otherwise the pool's own error tells what is missing.
 */
@Singleton
@Requires(classes = DatasourceConfiguration.class)
@Requires(property = "vetted.database.create-if-missing", notEquals = "false")
final class CreateDatabaseIfMissing implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(CreateDatabaseIfMissing.class);
    private static final String DUPLICATE_DATABASE = "42P04";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        PostgresUrl.parse(config.getUrl()).ifPresent(url -> createIfMissing(url, config));
        return config;
    }

    private void createIfMissing(PostgresUrl url, DatasourceConfiguration config) {
        Properties credentials = new Properties();
        if (config.getUsername() != null) {
            credentials.setProperty("user", config.getUsername());
        }
        if (config.getPassword() != null) {
            credentials.setProperty("password", config.getPassword());
        }
        try (var connection = DriverManager.getConnection(url.maintenanceUrl(), credentials);
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, url.database());
            if (exists.executeQuery().next()) {
                return;
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + url.quotedDatabase());
                LOG.info("Created database {}", url.database());
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return; // another replica won the race
            }
            LOG.warn("Could not check or create database {}: {}", url.database(), e.getMessage());
        }
    }
}
