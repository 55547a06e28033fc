package io.vetted.vendor.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.support.auth.Scopes;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
    void storesTheFullSnapshotThatTheProfileThenShows() {
        UUID provider = newProvider();
        put(
                provider,
                snapshot(
                        1,
                        7,
                        "4.43",
                        Map.of(
                                "independentReferenceCount",
                                4,
                                "clientVerifiedCount",
                                4,
                                "evidenceCheckedCount",
                                1,
                                "providerVouchedCount",
                                2,
                                "bayesianRating",
                                4.21,
                                "recommendShare",
                                0.86,
                                "criteria",
                                Map.of("OBJECTIVES", 4.3, "DATA_SECURITY", 4.2))));

        ReputationResponse shown = providers.get(provider).reputation();
        assertThat(shown.averageRating()).isEqualByComparingTo("4.43");
        assertThat(shown.referenceCount()).isEqualTo(7);
        assertThat(shown.verifiedReferenceCount()).isEqualTo(4);
        assertThat(shown.clientVerifiedCount()).isEqualTo(4);
        assertThat(shown.evidenceCheckedCount()).isEqualTo(1);
        assertThat(shown.providerVouchedCount()).isEqualTo(2);
        assertThat(shown.bayesianRating()).isEqualByComparingTo("4.21");
        assertThat(shown.recommendShare()).isEqualByComparingTo("0.86");
        assertThat(shown.criteria()).containsOnlyKeys(Criterion.OBJECTIVES, Criterion.DATA_SECURITY);
    }

    @Test
    void acceptsTheFoundationsSnapshotOfAnAverageAndACount() {
        UUID provider = newProvider();
        asService(() -> reputation.update(provider, new ReputationUpdate(1, new BigDecimal("4.50"), 2)));

        var shown = providers.get(provider).reputation();
        assertThat(shown.averageRating()).isEqualByComparingTo("4.5");
        assertThat(shown.referenceCount()).isEqualTo(2);
        assertThat(shown.verifiedReferenceCount()).isZero();
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
    void forgetsTheRatingWhenTheLastReferenceIsWithdrawn() {
        UUID provider = newProvider();
        put(provider, snapshot(1, 2, "4.00", Map.of("criteria", Map.of("BILLING", 4))));
        Map<String, Object> empty = new HashMap<>(Map.of("sourceVersion", 2, "referenceCount", 0));
        put(provider, empty);

        var shown = providers.get(provider).reputation();
        assertThat(shown.averageRating()).isNull();
        assertThat(shown.referenceCount()).isZero();
        assertThat(shown.criteria()).isEmpty();
    }

    @Test
    void replacesTheCriteriaWithTheNextSnapshotsKeepingNoneItLeftOut() {
        UUID provider = newProvider();
        put(provider, snapshot(1, 2, "4.00", Map.of("criteria", Map.of("BILLING", 4, "OBJECTIVES", 3))));
        put(provider, snapshot(2, 3, "4.00", Map.of("criteria", Map.of("OBJECTIVES", 3.5, "DATA_SECURITY", 4))));

        assertThat(providers.get(provider).reputation().criteria())
                .containsOnlyKeys(Criterion.OBJECTIVES, Criterion.DATA_SECURITY)
                .hasEntrySatisfying(
                        Criterion.OBJECTIVES, rating -> assertThat(rating).isEqualByComparingTo("3.5"));
    }

    @Test
    void ignoresPropertiesAndCriteriaItDoesNotKnow() {
        UUID provider = newProvider();
        put(
                provider,
                snapshot(
                        1,
                        3,
                        "4.00",
                        Map.of(
                                "ratingDistribution",
                                Map.of("5", 2),
                                "criteria",
                                Map.of("PUNCTUALITY", 5, "BILLING", 3.5))));

        assertThat(providers.get(provider).reputation().criteria()).containsOnlyKeys(Criterion.BILLING);
    }

    @Test
    void countsWhatTheFirstContractCalledVerifiedAsTheProvidersOwnWordNeverAsVerified() {
        UUID provider = newProvider();
        put(provider, snapshot(1, 5, "4.80", Map.of("verifiedReferenceCount", 5)));

        ReputationResponse shown = providers.get(provider).reputation();
        assertThat(shown.verifiedReferenceCount()).isZero();
        assertThat(shown.providerVouchedCount()).isEqualTo(5);
    }

    @Test
    void rejectsMoreVerifiedReferencesThanVisibleOnesWith422() {
        UUID provider = newProvider();

        assertThatThrownBy(() -> put(provider, snapshot(1, 2, "4.00", Map.of("verifiedReferenceCount", 3))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "verifiedReferenceCount"));
        assertThatThrownBy(() -> put(provider, snapshot(1, 2, "4.00", Map.of("independentReferenceCount", 3))))
                .satisfies(
                        e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "independentReferenceCount"));
        assertThatThrownBy(() -> put(
                        provider,
                        snapshot(1, 2, "4.00", Map.of("independentReferenceCount", 1, "clientVerifiedCount", 2))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "clientVerifiedCount"));
    }

    @Test
    void rejectsACountWithoutAnAverageWith400() {
        UUID provider = newProvider();

        assertThatThrownBy(() -> put(provider, new HashMap<>(Map.of("sourceVersion", 1, "referenceCount", 2))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "averageRating"));
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
    void refusesAServiceTokenWithoutTheReputationScopeWith403() {
        UUID provider = newProvider();
        String readOnly = TestIssuer.shared().serviceToken(Scopes.PROVIDERS_READ, Scopes.LINKAGE_READ);
        try (var ignored = BearerToken.as(readOnly)) {
            assertThatThrownBy(() -> reputation.update(provider, new ReputationUpdate(9, BigDecimal.valueOf(5), 99)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void answers404ForAnUnknownProvider() {
        var request = HttpRequest.PUT(
                        "/api/internal/providers/" + UUID.randomUUID() + "/reputation",
                        new ReputationUpdate(1, BigDecimal.ONE, 1))
                .bearerAuth(serviceToken());

        assertThatThrownBy(() -> http.toBlocking().exchange(request))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    private UUID newProvider() {
        return Providers.published(
                        providers, Providers.agency("Agence " + UUID.randomUUID(), "Lille", Specialty.HELPDESK))
                .id();
    }

    private static Map<String, Object> snapshot(long version, int count, String average, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("sourceVersion", version);
        body.put("referenceCount", count);
        body.put("averageRating", new BigDecimal(average));
        return body;
    }

    private void put(UUID provider, Map<String, Object> body) {
        http.toBlocking()
                .exchange(HttpRequest.PUT("/api/internal/providers/" + provider + "/reputation", body)
                        .bearerAuth(serviceToken()));
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
