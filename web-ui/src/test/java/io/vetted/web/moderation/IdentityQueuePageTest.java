package io.vetted.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityQueuePageTest {

    @Test
    void pagesThroughTheQueueKeepingTheKindFilter() {
        IdentityQueuePage page =
                page(new IdentityQueueClient.Queue(List.of(), 45, 1, 20, Map.of(), null), "SIREN_CONTEST");

        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.link(2)).isEqualTo("/moderation/identity?page=2&kind=SIREN_CONTEST");
    }

    @Test
    void hasNoNextPageOnceEveryEntryWasShown() {
        IdentityQueuePage page = page(new IdentityQueueClient.Queue(List.of(), 40, 1, 20, Map.of(), null), null);

        assertThat(page.hasNext()).isFalse();
        assertThat(page.link(0)).isEqualTo("/moderation/identity?page=0");
    }

    @Test
    void countsEveryKindWaitingAndZeroForAKindWithNone() {
        IdentityQueuePage page = page(
                new IdentityQueueClient.Queue(
                        List.of(), 5, 0, 20, Map.of("COMPANY_CHECK", 2L, "SIREN_CONTEST", 3L), Instant.EPOCH),
                null);

        assertThat(page.totalWaiting()).isEqualTo(5);
        assertThat(page.waiting("IDENTITY_CHANGE")).isZero();
    }

    @Test
    void showsARefusedDecisionsMessagesOnlyOnTheEntryItWasAbout() {
        UUID refused = UUID.randomUUID();
        IdentityQueuePage page = new IdentityQueuePage(
                null,
                new IdentityQueueClient.Queue(List.of(), 0, 0, 20, Map.of(), null),
                null,
                false,
                refused,
                Map.of("identityReason", "Donnez le motif"));

        assertThat(page.errorsOf(refused)).containsKey("identityReason");
        assertThat(page.errorsOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void postsEachKindsDecisionToItsOwnRouteWithTheChoicesVendorServiceNames() {
        assertThat(IdentityQueuePage.action("SIREN_CONTEST")).isEqualTo("contests");
        assertThat(IdentityQueuePage.choices("SIREN_CONTEST")).containsExactly("CLAIMANT", "HOLDER");
        assertThat(IdentityQueuePage.choices("IDENTITY_CHANGE")).containsExactly("ACCEPTED", "UNPUBLISHED");
    }

    private static IdentityQueuePage page(IdentityQueueClient.Queue queue, String kind) {
        return new IdentityQueuePage(null, queue, kind, false, null, Map.of());
    }
}
