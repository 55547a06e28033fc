package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two replicas re-checking membership at the same moment settle each reference once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipRecheckReplicasTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Inject
    MembershipRecheck recheck;

    @Inject
    DataSource dataSource;

    @Test
    void twoConcurrentRunsSettleEachReferenceOnce() throws Exception {
        // one provider per reference: more on one provider within a day would raise other flags
        List<UUID> providers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            providers.add(vendor.knownProvider());
            SampleReferences.post(references, TestIssuer.shared().account("SME"), providers.get(i), 4, null);
        }
        var member = TestIssuer.shared().account("SME");
        List<UUID> written = new ArrayList<>();
        vendor.stop();
        try {
            written.add(SampleReferences.post(references, member, providers.get(0), 2, null)
                    .id());
            for (UUID provider : providers.subList(1, 3)) {
                written.add(
                        SampleReferences.post(references, TestIssuer.shared().account("SME"), provider, 5, null)
                                .id());
            }
            vendor.addMember(providers.get(0), member.id());
        } finally {
            vendor.restart();
        }

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return recheck.recheck();
        };
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        int settled = 0;
        try {
            List<Future<Integer>> runs = List.of(replicas.submit(run), replicas.submit(run));
            start.countDown();
            for (Future<Integer> done : runs) {
                settled += done.get();
            }
        } finally {
            replicas.shutdownNow();
        }

        assertThat(settled).isEqualTo(written.size());
        assertThat(Stored.of(dataSource, written.get(0)).status()).isEqualTo("HIDDEN");
        assertThat(Stored.of(dataSource, written.get(0)).decisions()).isEqualTo(1);
        for (UUID other : written.subList(1, written.size())) {
            assertThat(Stored.of(dataSource, other).status()).isEqualTo("PUBLISHED");
            assertThat(Stored.of(dataSource, other).flagOpen()).isFalse();
        }
        assertThat(recheck.recheck()).isZero();
    }
}
