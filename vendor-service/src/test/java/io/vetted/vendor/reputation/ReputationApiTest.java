package io.vetted.vendor.reputation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReputationApiTest implements PostgresTest {

    @Inject
    ReputationClient reputation;

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void storesTheSnapshotThatTheProviderPageThenShows() {
        UUID provider = newProvider();
        asService(() -> reputation.update(provider, new ReputationUpdate(1, new BigDecimal("4.50"), 2)));

        var shown = providers.get(provider).reputation();
        assertThat(shown.averageRating()).isEqualByComparingTo("4.5");
        assertThat(shown.referenceCount()).isEqualTo(2);
    }

    @Test
    void ignoresASnapshotOlderThanTheStoredOne() {
        UUID provider = newProvider();
        asService(() -> reputation.update(provider, new ReputationUpdate(3, new BigDecimal("4.00"), 3)));
        asService(() -> reputation.update(provider, new ReputationUpdate(2, new BigDecimal("5.00"), 2)));

        assertThat(providers.get(provider).reputation().referenceCount()).isEqualTo(3);
    }

    @Test
    void appliesTheSameSnapshotTwiceWithoutEffect() {
        UUID provider = newProvider();
        var snapshot = new ReputationUpdate(1, new BigDecimal("3.00"), 1);
        asService(() -> reputation.update(provider, snapshot));
        asService(() -> reputation.update(provider, snapshot));

        assertThat(providers.get(provider).reputation().averageRating()).isEqualByComparingTo("3");
    }

    @Test
    void refusesAPersonalAccountWith403() {
        UUID provider = newProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> reputation.update(provider, new ReputationUpdate(9, BigDecimal.valueOf(5), 99)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void answers404ForAnUnknownProvider() {
        var request = HttpRequest.PUT("/api/internal/providers/" + UUID.randomUUID() + "/reputation",
                new ReputationUpdate(1, BigDecimal.ONE, 1)).bearerAuth(serviceToken());

        assertThatThrownBy(() -> http.toBlocking().exchange(request))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    private UUID newProvider() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            return providers.create(Providers.agency("Agence " + UUID.randomUUID(), "Lille", Specialty.HELPDESK)).body().id();
        }
    }

    private static String serviceToken() {
        return TestIssuer.shared().token("service:review-service", "SERVICE");
    }

    private static void asService(Runnable call) {
        try (var ignored = BearerToken.as(serviceToken())) {
            call.run();
        }
    }
}
