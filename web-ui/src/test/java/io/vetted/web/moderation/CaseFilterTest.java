package io.vetted.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseFilterTest {

    private static final UUID PROVIDER = UUID.fromString("7f1c2a3b-0000-4000-8000-000000000001");

    @Test
    void sortsRiskiestFirstUnlessAskedForTheOldestAndDropsWhatReviewServiceWouldRefuse() {
        assertThat(CaseFilter.of(null, null, null, null)).isEqualTo(new CaseFilter("RISK", null, null, 0));
        assertThat(CaseFilter.of("AGE", "BURST", PROVIDER, 2)).isEqualTo(new CaseFilter("AGE", "BURST", PROVIDER, 2));
        assertThat(CaseFilter.of("NEWEST", "SPAM';--", null, -3)).isEqualTo(new CaseFilter("RISK", null, null, 0));
    }

    @Test
    void keepsItsChoicesInThePagerAndProviderLinks() {
        CaseFilter filter = new CaseFilter("AGE", "LINKED_ACCOUNTS", null, 1);

        assertThat(filter.url(2)).isEqualTo("/moderation?sort=AGE&kind=LINKED_ACCOUNTS&page=2");
        assertThat(filter.forProvider(PROVIDER))
                .isEqualTo("/moderation?sort=AGE&kind=LINKED_ACCOUNTS&provider=" + PROVIDER);
        assertThat(new CaseFilter("RISK", null, PROVIDER, 3).allProviders()).isEqualTo("/moderation?sort=RISK");
    }
}
