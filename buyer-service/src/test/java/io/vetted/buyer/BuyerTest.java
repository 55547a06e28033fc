package io.vetted.buyer;

import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A buyer-service test: its own database, tokens from {@link TestIssuer}, and its own
 * {@link FakeVendorService} and {@link FakeIdentityService} (one per test class, so no class sees
 * another's providers or notifications).
 */
public interface BuyerTest extends PostgresTest {

    Map<Class<?>, FakeVendorService> VENDORS = new ConcurrentHashMap<>();

    Map<Class<?>, FakeIdentityService> IDENTITIES = new ConcurrentHashMap<>();

    default FakeVendorService vendor() {
        return VENDORS.computeIfAbsent(getClass(), key -> new FakeVendorService());
    }

    default FakeIdentityService identity() {
        return IDENTITIES.computeIfAbsent(getClass(), key -> new FakeIdentityService());
    }

    @Override
    default Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.vendor.url", vendor().url());
        properties.put("micronaut.http.services.identity.url", identity().url());
        return properties;
    }
}
