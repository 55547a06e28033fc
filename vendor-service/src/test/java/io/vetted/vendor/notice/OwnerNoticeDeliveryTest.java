package io.vetted.vendor.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The outbox relays owners' notices to identity-service until it accepts them, with the same event id each time. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerNoticeDeliveryTest implements PostgresTest {

    private final FakeIdentityNotifications identity = new FakeIdentityNotifications();

    @Inject
    ProviderClient providers;

    @Inject
    ProviderRepository repository;

    @Inject
    VerificationNotices notices;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.identity.url", identity.url());
        properties.put("vetted.outbox.relay.enabled", "true");
        properties.put("vetted.outbox.relay.poll-interval", "50ms");
        return properties;
    }

    @Test
    void aNoticeRefusedWhileIdentityIsDownIsRedeliveredWithTheSameEventIdThenLeavesTheOutbox() {
        identity.answer(503);
        var owned = Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
        Provider provider = repository.findById(owned.id()).orElseThrow();

        transactions.executeWrite(status -> {
            notices.companyCheckDecided(provider, false, "Kbis illisible");
            return null;
        });

        await().atMost(Duration.ofSeconds(10))
                .until(() -> OwnerNoticeOutbox.notices(dataSource, owned.id()).isEmpty());
        List<FakeIdentityNotifications.Received> calls =
                identity.received(owned.owner().id());
        assertThat(calls)
                .extracting(FakeIdentityNotifications.Received::answered)
                .containsExactly(503, 202);
        assertThat(eventId(calls.get(1))).isEqualTo(eventId(calls.get(0)));
        assertThat(calls.get(1).body()).contains("\"kind\":\"VERIFICATION\"");
    }

    private static String eventId(FakeIdentityNotifications.Received call) {
        return call.body().replaceAll(".*\"eventId\":\"([^\"]+)\".*", "$1");
    }
}
