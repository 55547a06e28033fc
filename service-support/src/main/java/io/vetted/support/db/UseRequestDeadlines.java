package io.vetted.support.db;

import com.zaxxer.hikari.util.DriverDataSource;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Makes the pool open its connections through {@link DeadlineDataSource}, with the driver, URL and
 * credentials the pool would have used itself.
 */
@Singleton
@Requires(classes = DatasourceConfiguration.class)
@Requires(property = "vetted.database.request-deadlines", notEquals = "false")
final class UseRequestDeadlines implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        if (config.getDataSource() == null && config.getJdbcUrl() != null) {
            config.setDataSource(DeadlineDataSource.wrap(new DriverDataSource(
                    config.getJdbcUrl(),
                    config.getDriverClassName(),
                    config.getDataSourceProperties(),
                    config.getUsername(),
                    config.getPassword())));
        }
        return config;
    }
}
