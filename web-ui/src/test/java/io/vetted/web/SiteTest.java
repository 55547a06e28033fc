package io.vetted.web;

import io.micronaut.test.support.TestPropertyProvider;
import io.vetted.testsupport.ManagementPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Mixed into a web-ui {@code @MicronautTest} class that needs no backend: the site gets a
 * {@code $VETTED_HOME} of its own, so its keys are generated afresh and no class sees another's.
 */
public interface SiteTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("endpoints.all.port", String.valueOf(ManagementPorts.free()));
        properties.putAll(moreProperties());
        properties.put("vetted.home", freshHome());
        return properties;
    }

    /** Settings this class adds, e.g. {@code micronaut.http.client.follow-redirects=false}. */
    default Map<String, String> moreProperties() {
        return Map.of();
    }

    static String freshHome() {
        try {
            return Files.createTempDirectory("vetted-web").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
