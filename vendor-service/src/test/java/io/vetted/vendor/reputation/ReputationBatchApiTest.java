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
import io.vetted.vendor.reputation.ReputationBatchResult.Outcome;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReputationBatchApiTest implements PostgresTest {

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
    void storesEveryProvidersSnapshotAndSaysSo() {
        UUID first = newProvider();
        UUID second = newProvider();

        var result = send(Map.of(first, rated(1, "4.50", 2), second, rated(1, "3.00", 1)));

        assertThat(result.outcomes()).containsOnlyKeys(first, second);
        assertThat(result.outcomes().values()).extracting(Outcome::status).containsOnly("APPLIED");
        assertThat(providers.get(first).reputation().averageRating()).isEqualByComparingTo("4.5");
        assertThat(providers.get(second).reputation().referenceCount()).isEqualTo(1);
    }

    @Test
    void saysStaleForASnapshotNoNewerThanTheStoredOneAndKeepsTheStoredOne() {
        UUID provider = newProvider();
        send(Map.of(provider, rated(3, "4.00", 3)));

        var result = send(Map.of(provider, rated(2, "5.00", 2)));

        assertThat(result.outcomes().get(provider).status()).isEqualTo("STALE");
        assertThat(providers.get(provider).reputation().referenceCount()).isEqualTo(3);
    }

    @Test
    void refusesOnlyTheSnapshotsThatCannotBeStoredAndStoresTheOthers() {
        UUID good = newProvider();
        UUID inconsistent = newProvider();
        UUID unknown = UUID.randomUUID();
        var tooManyVerified = new ReputationUpdate(1, 2, null, new BigDecimal("4.00"), null, null, null, 3, 0, 0, 0);

        var result =
                send(Map.of(good, rated(1, "4.00", 1), inconsistent, tooManyVerified, unknown, rated(1, "2.00", 1)));

        assertThat(result.outcomes().get(good).status()).isEqualTo("APPLIED");
        assertThat(result.outcomes().get(unknown).status()).isEqualTo("UNKNOWN_PROVIDER");
        assertThat(result.outcomes().get(inconsistent))
                .isEqualTo(new Outcome("INVALID", "independentReferenceCount", "cannot exceed referenceCount"));
        assertThat(providers.get(good).reputation().referenceCount()).isEqualTo(1);
        assertThat(providers.get(inconsistent).reputation().referenceCount()).isZero();
    }

    @Test
    void rejectsAnEmptyBatchWith400NamingTheField() {
        assertThatThrownBy(() -> sendRaw(Map.of("snapshots", Map.of())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "snapshots"));
    }

    @Test
    void rejectsAnOutOfRangeRatingWith400NamingTheProvidersField() {
        Map<String, Object> snapshot = Map.of("sourceVersion", 1, "referenceCount", 1, "averageRating", 7);
        UUID provider = newProvider();

        assertThatThrownBy(() -> sendRaw(Map.of("snapshots", Map.of(provider.toString(), snapshot))))
                .satisfies(e -> Problems.assertViolation(
                        e, HttpStatus.BAD_REQUEST, "snapshots[" + provider + "].averageRating"));
    }

    @Test
    void refusesAServiceTokenWithoutTheReputationScopeWith403() {
        UUID provider = newProvider();
        String readOnly = TestIssuer.shared().serviceToken(Scopes.PROVIDERS_READ, Scopes.LINKAGE_READ);
        try (var ignored = BearerToken.as(readOnly)) {
            assertThatThrownBy(() -> reputation.updateAll(new ReputationBatch(Map.of(provider, rated(9, "5.00", 99)))))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void twoBatchesOverTheSameProvidersInOppositeOrdersBothSucceed() {
        List<UUID> shared = IntStream.range(0, 12).mapToObj(i -> newProvider()).toList();
        List<UUID> reversed = new ArrayList<>(shared);
        Collections.reverse(reversed);
        List<CompletableFuture<ReputationBatchResult>> sent = new ArrayList<>();
        for (int round = 1; round <= 6; round++) {
            sent.add(sendAsync(shared, round * 2L));
            sent.add(sendAsync(reversed, round * 2L + 1));
        }

        assertThat(sent).allSatisfy(batch -> assertThat(batch.join().outcomes()).hasSize(12));
        assertThat(shared)
                .allSatisfy(p -> assertThat(providers.get(p).reputation().referenceCount())
                        .isEqualTo(13));
    }

    private CompletableFuture<ReputationBatchResult> sendAsync(List<UUID> inOrder, long version) {
        Map<UUID, ReputationUpdate> snapshots = new LinkedHashMap<>();
        inOrder.forEach(p -> snapshots.put(p, rated(version, "4.00", (int) version)));
        return CompletableFuture.supplyAsync(() -> send(snapshots));
    }

    private ReputationBatchResult send(Map<UUID, ReputationUpdate> snapshots) {
        try (var ignored = BearerToken.as(TestIssuer.shared().token("service:review-service", "SERVICE"))) {
            return reputation.updateAll(new ReputationBatch(snapshots));
        }
    }

    private void sendRaw(Map<String, Object> body) {
        http.toBlocking()
                .exchange(HttpRequest.PUT("/api/internal/reputations", body)
                        .bearerAuth(TestIssuer.shared().token("service:review-service", "SERVICE")));
    }

    private static ReputationUpdate rated(long version, String average, int count) {
        return new ReputationUpdate(version, new BigDecimal(average), count);
    }

    private UUID newProvider() {
        return Providers.published(
                        providers, Providers.agency("Agence " + UUID.randomUUID(), "Lille", Specialty.HELPDESK))
                .id();
    }
}
