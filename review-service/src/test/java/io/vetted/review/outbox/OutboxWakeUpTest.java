package io.vetted.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The relay is woken by the commit that queued an event, not by its next poll: with polling
 * stretched to an hour, a reference's reputation still reaches vendor-service at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxWakeUpTest implements ReviewTest {

    private static final String[] TEXTS = {
        "Migration de notre messagerie vers Microsoft 365 menée sans coupure.",
        "Le pare-feu du cabinet a été remplacé un samedi, lundi tout marchait.",
        "Hotline joignable, techniciens patients avec nos secrétaires.",
        "Sauvegardes testées chaque trimestre, rapport clair à la clé.",
        "Câblage de l'entrepôt refait proprement et dans les délais annoncés."
    };

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("vetted.outbox.relay.poll-interval", "1h");
    }

    @Test
    void aCommittedReferenceReachesVendorServiceWithoutWaitingForAPoll() {
        await().pollDelay(Duration.ofMillis(1500)).until(() -> true); // the relay's one start-up pass is over
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(provider, null, SampleReferences.request(5, "Réactifs et clairs."));
        }

        await().atMost(Duration.ofSeconds(3))
                .until(() -> !vendor.pushesFor(provider).isEmpty());
        assertThat(vendor.pushesFor(provider))
                .singleElement()
                .satisfies(push -> assertThat(push.body()).contains("\"referenceCount\":1"));
    }

    @Test
    void referencesToSeveralProvidersInARowAreAllDelivered() {
        List<UUID> providers = new ArrayList<>();
        for (String text : TEXTS) {
            UUID provider = vendor.knownProvider();
            providers.add(provider);
            try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
                references.create(provider, null, SampleReferences.request(4, text));
            }
        }

        await().atMost(Duration.ofSeconds(3))
                .until(() ->
                        providers.stream().noneMatch(p -> vendor.pushesFor(p).isEmpty()));
    }
}
