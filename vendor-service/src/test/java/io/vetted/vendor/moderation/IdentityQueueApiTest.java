package io.vetted.vendor.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.document.Uploads;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityQueueApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    IdentityQueueClient queue;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void oneOfEachKind() {
        var checked = Providers.published(providers, Providers.company("Agence Vérifiée", Providers.newSiren(), null));
        var kbis = Uploads.pdf(http, checked.id(), checked.owner());
        post(
                checked.owner(),
                "/api/providers/" + checked.id() + "/company-checks",
                Map.of("evidence", "KBIS", "documentId", kbis));

        var holder = Providers.published(providers, Providers.company("Agence Titulaire", Providers.newSiren(), null));
        var claimant =
                Providers.published(providers, Providers.company("Agence Prétendante", Providers.newSiren(), null));
        post(
                claimant.owner(),
                "/api/providers/" + claimant.id() + "/siren-contests",
                Map.of("siren", holder.profile().siren(), "statement", "Notre SIREN"));

        var renamed = Providers.published(providers, Providers.company("Agence Renommée", Providers.newSiren(), null));
        try (var ignored = BearerToken.as(renamed.owner())) {
            providers.identity(
                    renamed.id(),
                    Providers.identity(
                            renamed.profile(),
                            "Agence Rebaptisée",
                            renamed.profile().siren(),
                            null));
        }
    }

    @Test
    void listsEveryKindOldestFirstWithCountsPerKind() {
        IdentityQueueResponse all = asModerator(() -> queue.queue(null, 0, 100));

        assertThat(all.waiting())
                .containsOnlyKeys(QueueKind.values())
                .allSatisfy((kind, count) -> assertThat(count).isPositive());
        assertThat(all.entries())
                .extracting(IdentityQueueResponse.Entry::waitingSince)
                .isSortedAccordingTo(Comparator.<Instant>naturalOrder());
        assertThat(all.oldestWaitingSince()).isEqualTo(all.entries().get(0).waitingSince());
        assertThat(all.entries())
                .anySatisfy(e -> assertThat(e.otherProviderName()).isEqualTo("Agence Titulaire"))
                .anySatisfy(e -> assertThat(e.newValue()).isEqualTo("Agence Rebaptisée"))
                .anySatisfy(e -> assertThat(e.evidence()).isEqualTo("KBIS"));
    }

    @Test
    void filtersByKindAndPages() {
        IdentityQueueResponse contests = asModerator(() -> queue.queue(QueueKind.SIREN_CONTEST, 0, 100));
        IdentityQueueResponse first = asModerator(() -> queue.queue(null, 0, 1));
        IdentityQueueResponse second = asModerator(() -> queue.queue(null, 1, 1));

        assertThat(contests.entries())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(QueueKind.SIREN_CONTEST));
        assertThat(first.total()).isGreaterThanOrEqualTo(3);
        assertThat(first.entries()).hasSize(1);
        assertThat(second.entries()).hasSize(1).doesNotContainAnyElementsOf(first.entries());
    }

    @Test
    void isForModeratorsOnly() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> queue.queue(null, 0, 10))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    private void post(TestIssuer.TestAccount as, String path, Map<String, Object> body) {
        http.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(as.token()));
    }

    private static <T> T asModerator(java.util.function.Supplier<T> call) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            return call.get();
        }
    }
}
