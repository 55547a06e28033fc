package io.vetted.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Mixed into a {@code @MicronautTest} class (with {@code @TestInstance(PER_CLASS)}): the application
 * under test gets its own fresh database and its own {@code VETTED_HOME} for local secrets.
 */
public interface PostgresTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties =
                new HashMap<>(TestDatabases.create(getClass()).datasourceProperties());
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

    /** Extra properties for this test class, e.g. {@code TestIssuer.shared().securityProperties()}. */
    default Map<String, String> additionalProperties() {
        return Map.of();
    }
}
