package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexConcurrencyTest implements PostgresTest {

    @Inject
    SearchIndex index;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ProviderClient providers;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void twoTransactionsRefreshingOneProviderBothCommit() throws Exception {
        UUID provider = Providers.published(
                        providers, Providers.agency("Agence " + UUID.randomUUID(), "Lille", Specialty.HELPDESK))
                .id();
        CountDownLatch firstRefreshed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            index.refresh(provider);
            firstRefreshed.countDown();
            await(release);
            return null;
        }));
        assertThat(firstRefreshed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWrite(status -> {
            index.refresh(provider);
            return null;
        }));
        Thread.sleep(300); // the second refresh is now waiting on the first transaction
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(second).isCompleted().isNotCompletedExceptionally();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
