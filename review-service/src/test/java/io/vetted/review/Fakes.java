package io.vetted.review;

import io.vetted.testsupport.TestIssuer;
import java.util.HashMap;
import java.util.Map;

/** The services around review-service, played over real HTTP: vendor-service, identity-service and the company register. */
public final class Fakes {

    public final FakeVendorService vendor = new FakeVendorService();
    public final FakeIdentityService identity = new FakeIdentityService();
    public final FakeCompanyRegister register = new FakeCompanyRegister();

    /** Points review-service at the fakes (tokens still validated against {@link TestIssuer}'s JWKS). */
    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.vendor.url", vendor.url());
        properties.put("micronaut.http.services.identity.url", identity.url());
        properties.put("micronaut.http.services.register.url", register.url());
        properties.put("vetted.outbox.relay.poll-interval", "50ms");
        return properties;
    }
}
