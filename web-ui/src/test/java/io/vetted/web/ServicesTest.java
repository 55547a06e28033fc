package io.vetted.web;

import io.micronaut.test.support.TestPropertyProvider;
import io.vetted.testsupport.ManagementPorts;
import io.vetted.testsupport.TestIssuer;
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
        Map<String, String> properties = new HashMap<>();
        properties.put("endpoints.all.port", String.valueOf(ManagementPorts.free()));
        properties.putAll(additionalProperties());
        properties.putAll(services().properties()); // the services' addresses are always the fakes'
        return properties;
    }

    /** Extra properties for this test class, e.g. {@link #signedInReadingRedirects()}. */
    default Map<String, String> additionalProperties() {
        return Map.of();
    }

    /**
     * The settings most page tests want: the site trusts {@link TestIssuer#shared()}'s tokens, and its
     * client hands each redirect to the test (to read where a posted form leads).
     */
    static Map<String, String> signedInReadingRedirects() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.client.follow-redirects", "false");
        return properties;
    }

    @AfterAll
    default void stopServices() {
        services().close();
    }
}
