package io.vetted.review.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Ratings are whole stars from 1 to 5: nothing is rounded, truncated or coerced into one. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingValidationApiTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void refusesAHalfStarRatherThanTruncatingItWith400() {
        assertRefused("rating", 4.5, "rating");
    }

    @Test
    void refusesABooleanRatingWith400() {
        assertRefused("rating", true, "rating");
    }

    @Test
    void refusesARatingWrittenAsTextWith400() {
        assertRefused("rating", "5", "rating");
    }

    @Test
    void refusesAHalfStarOnACriterionWith400() {
        Map<String, Object> body = SampleReferences.json();
        body.put("criteria", Map.of("OBJECTIVES", 3.5));
        assertThatThrownBy(() -> post(body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "criteria[\"OBJECTIVES\"]"));
    }

    @Test
    void refusesAStarBeyondFiveWith400() {
        assertRefused("rating", 6, "rating");
    }

    private void assertRefused(String field, Object value, String named) {
        Map<String, Object> body = SampleReferences.json();
        body.put(field, value);
        assertThatThrownBy(() -> post(body)).satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, named));
    }

    private void post(Map<String, Object> body) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/providers/" + vendor.knownProvider() + "/references", body)
                        .bearerAuth(TestIssuer.shared().account("SME").token()));
    }
}
