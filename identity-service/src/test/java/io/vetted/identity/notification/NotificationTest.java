package io.vetted.identity.notification;

import io.vetted.identity.IdentityTest;
import java.util.Map;

/** A notification test: review-service may ask for service tokens, as the notifying services do. */
interface NotificationTest extends IdentityTest {

    String SECRET = "a-service-secret-for-notification-tests";

    @Override
    default Map<String, String> moreProperties() {
        return Map.of("vetted.service-clients.review-service.secret", SECRET);
    }
}
