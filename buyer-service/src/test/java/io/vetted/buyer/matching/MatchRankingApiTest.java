package io.vetted.buyer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.requirements.RequirementsRequest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Ties on fit are broken by the estimated monthly cost, then by name; a partial fit beats a miss. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchRankingApiTest implements MatchTest {

    final FakeMatchVendor vendor = new FakeMatchVendor();

    @Inject
    MatchClient matches;

    @Inject
    NeedsClient needs;

    @Override
    public FakeMatchVendor vendor() {
        return vendor;
    }

    @Test
    void ranksByRequirementsMetThenPartlyMetThenCostThenName() {
        publish("Over budget", "1000");
        publish("Quoted on request", null);
        publish("Zeta", "600");
        publish("alpha", "600");
        publish("Cheapest", "500");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(new RequirementsRequest(null, null, null, null, null, null, new BigDecimal("700"), null, null));

            var ranked = matches.matches().matches();

            assertThat(ranked)
                    .extracting(MatchesResponse.Match::name)
                    .containsExactly("Cheapest", "alpha", "Zeta", "Quoted on request", "Over budget");
            assertThat(ranked).extracting(MatchesResponse.Match::rank).containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void theSameRequirementsGiveTheSameOrderEveryTime() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(new RequirementsRequest(null, null, null, null, null, null, null, null, null));

            var first = matches.matches().matches().stream()
                    .map(MatchesResponse.Match::providerId)
                    .toList();
            var second = matches.matches().matches().stream()
                    .map(MatchesResponse.Match::providerId)
                    .toList();

            assertThat(second).isEqualTo(first);
        }
    }

    private void publish(String name, String monthly) {
        vendor.publish(new FakeMatchVendor.Provider(
                UUID.randomUUID(),
                name,
                List.of("HELPDESK"),
                List.of(),
                List.of(),
                null,
                null,
                Map.of(),
                null,
                monthly == null ? null : new BigDecimal(monthly)));
    }
}
