package io.vetted.identity;

import io.vetted.testsupport.PostgresTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An identity-service test: its own database, mails to the shared {@link Mailbox}. */
public interface IdentityTest extends PostgresTest {

    String PASSWORD = "une phrase de passe solide";

    @Override
    default Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(Mailbox.shared().properties());
        properties.putAll(moreProperties());
        return properties;
    }

    default Map<String, String> moreProperties() {
        return Map.of();
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
    }
}
