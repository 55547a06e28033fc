package io.vetted.buyer.matching;

import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import java.util.HashMap;
import java.util.Map;

/** A matching test: its own database, tokens from {@link TestIssuer}, vendor-service played by its {@link #vendor()}. */
interface MatchTest extends PostgresTest {

    FakeMatchVendor vendor();

    @Override
    default Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.vendor.url", vendor().url());
        return properties;
    }
}
