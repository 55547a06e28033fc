package io.vetted.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Mixed into a {@code @MicronautTest} class (with {@code @TestInstance(PER_CLASS)}): the application
 * under test gets its own fresh database, already migrated, and its own {@code VETTED_HOME} for local secrets.
 */
public interface PostgresTest extends TestPropertyProvider {

    /** The module's own Flyway scripts (tests run from the module's folder); none: an empty database. */
    Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>((migratesItself()
                        ? TestDatabases.create(getClass())
                        : TestDatabases.migrated(
                                getClass().getSimpleName(),
                                Path.of("").toAbsolutePath().getFileName().toString(),
                                MIGRATIONS))
                .datasourceProperties());
        try {
            properties.put(
                    "vetted.home", Files.createTempDirectory("vetted-home").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("endpoints.all.port", String.valueOf(ManagementPorts.free()));
        properties.putAll(additionalProperties());
        return properties;
    }

    /** True for a class that proves the service migrates an empty database itself, as on a first deployment. */
    default boolean migratesItself() {
        return false;
    }

    /** Extra properties for this test class, e.g. {@code TestIssuer.shared().securityProperties()}. */
    default Map<String, String> additionalProperties() {
        return Map.of();
    }
}
