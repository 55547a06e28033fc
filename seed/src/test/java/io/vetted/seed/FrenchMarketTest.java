package io.vetted.seed;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchMarketTest {

    @Test
    void producesTheSameProvidersFromTheSameSeed() {
        assertThat(new FrenchMarket(7).provider(0)).isEqualTo(new FrenchMarket(7).provider(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void producesProfilesThatSatisfyVendorServiceRules() {
        FrenchMarket market = new FrenchMarket(11);
        for (int i = 0; i < 200; i++) {
            Map<String, Object> provider = market.provider(i);
            assertThat((String) provider.get("name")).isNotBlank().hasSizeLessThanOrEqualTo(120);
            assertThat((List<String>) provider.get("specialties")).isNotEmpty()
                    .allSatisfy(s -> assertThat(FrenchMarket.SPECIALTIES).contains(s));
            assertThat((List<String>) provider.get("deliveryModes")).isNotEmpty();
            assertThat((String) provider.get("description")).hasSizeLessThanOrEqualTo(4000);
            assertThat((List<Map<String, Object>>) provider.get("offers")).isNotEmpty();
        }
    }

    @Test
    void ratesBetweenOneAndFive() {
        FrenchMarket market = new FrenchMarket(3);
        for (int i = 0; i < 200; i++) {
            assertThat((int) market.reference().get("rating")).isBetween(1, 5);
        }
    }
}
