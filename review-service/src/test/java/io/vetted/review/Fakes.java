package io.vetted.review;

import io.vetted.testsupport.FakeCompanyRegister;
import io.vetted.testsupport.TestIssuer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The services around review-service, played over real HTTP: vendor-, identity- and buyer-service and the company register. */
public final class Fakes {

    private static final Map<Class<?>, Fakes> BY_TEST_CLASS = new ConcurrentHashMap<>();

    public final FakeVendorService vendor = new FakeVendorService();
    public final FakeIdentityService identity = new FakeIdentityService();
    public final FakeCompanyRegister register = new FakeCompanyRegister();
    public final FakeBuyerService buyer = new FakeBuyerService();

    /** One set per test class, so no class sees another's providers, pushes or notices. */
    static Fakes of(Class<?> testClass) {
        return BY_TEST_CLASS.computeIfAbsent(testClass, key -> new Fakes());
    }

    /** Points review-service at the fakes (tokens still validated against {@link TestIssuer}'s JWKS). */
    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.vendor.url", vendor.url());
        properties.put("micronaut.http.services.identity.url", identity.url());
        properties.put("micronaut.http.services.register.url", register.url());
        properties.put("micronaut.http.services.buyer.url", buyer.url());
        properties.put("vetted.outbox.relay.poll-interval", "50ms");
        return properties;
    }
}
