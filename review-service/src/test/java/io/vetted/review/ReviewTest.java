package io.vetted.review;

import io.vetted.testsupport.PostgresTest;
import java.util.HashMap;
import java.util.Map;

/** A review-service test: its own database, and its own {@link Fakes} for the services around it. */
public interface ReviewTest extends PostgresTest {

    default Fakes fakes() {
        return Fakes.of(getClass());
    }

    @Override
    default Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(fakes().properties());
        properties.putAll(moreProperties());
        return properties;
    }

    /** Settings a test class adds to the fakes' ones. */
    default Map<String, String> moreProperties() {
        return Map.of();
    }
}
