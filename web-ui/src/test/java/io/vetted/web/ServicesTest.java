package io.vetted.web;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * Mixed into a web-ui {@code @MicronautTest} class (with {@code @TestInstance(PER_CLASS)}): the
 * site talks to the class's {@link FakeServices}, stopped after the class's last test.
 */
public interface ServicesTest extends TestPropertyProvider {

    FakeServices services();

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(additionalProperties());
        properties.putAll(services().properties()); // the services' addresses are always the fakes'
        return properties;
    }

    /** Extra properties for this test class, e.g. {@code TestIssuer.shared().securityProperties()}. */
    default Map<String, String> additionalProperties() {
        return Map.of();
    }

    @AfterAll
    default void stopServices() {
        services().close();
    }
}
