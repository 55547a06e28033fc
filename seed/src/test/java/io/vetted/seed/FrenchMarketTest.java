package io.vetted.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.seed.bulk.Catalogue;
import io.vetted.support.company.CompanyNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrenchMarketTest {

    @Test
    void producesTheSameProvidersFromTheSameSeed() {
        assertThat(new FrenchMarket(7).nextProvider()).isEqualTo(new FrenchMarket(7).nextProvider());
    }

    @Test
    @SuppressWarnings("unchecked")
    void producesProfilesThatSatisfyVendorServiceRules() {
        FrenchMarket market = new FrenchMarket(11);
        for (int i = 0; i < 200; i++) {
            Map<String, Object> provider = market.nextProvider().create();
            assertThat((String) provider.get("name")).isNotBlank().hasSizeLessThanOrEqualTo(120);
            assertThat((List<String>) provider.get("specialties"))
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(Catalogue.SPECIALTIES).contains(s));
            assertThat((List<String>) provider.get("deliveryModes")).isNotEmpty();
            assertThat((String) provider.get("description")).hasSizeLessThanOrEqualTo(4000);
            assertThat((String) provider.get("siren"))
                    .matches("\\d{9}")
                    .satisfies(s -> assertThat(CompanyNumbers.isSiren(s)).isTrue());
            assertThat((String) provider.get("website")).startsWith("https://").doesNotContain(" ");
            assertThat((List<Map<String, Object>>) provider.get("offers")).isNotEmpty();
        }
    }

    @Test
    void fillsEverySectionOfEveryProfile() {
        FrenchMarket market = new FrenchMarket(5);
        for (int i = 0; i < 100; i++) {
            DemoProfile profile = market.nextProvider();
            assertThat(profile.sla())
                    .containsKeys("supportDays", "afterHours", "criticalResponseMinutes", "serviceCredits");
            assertThat(profile.subcontracting()).containsKey("subcontracts");
            assertThat(profile.dueDiligence())
                    .containsKeys("sectors", "dataProtection", "incidentPlan", "interventionHours");
            assertThat(profile.delivery()).containsKey("deliveryModes");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void announcesSomePriceRisesSomeWithShortNotice() {
        FrenchMarket market = new FrenchMarket(3);
        List<int[]> daysAndNotice = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            DemoProfile profile = market.nextProvider();
            var offers = (List<Map<String, Object>>) profile.create().get("offers");
            for (DemoProfile.PriceRise rise : profile.rises()) {
                assertThat(new BigDecimal(rise.priceEur()))
                        .isGreaterThan((BigDecimal) offers.get(rise.offer()).get("priceEur"));
                daysAndNotice.add(new int[] {
                    rise.inDays(), (Integer) offers.get(rise.offer()).get("priceChangeNoticeDays")
                });
            }
        }
        assertThat(daysAndNotice)
                .hasSizeBetween(5, 60)
                .anySatisfy(r -> assertThat(r[0]).isLessThan(r[1]))
                .anySatisfy(r -> assertThat(r[0]).isGreaterThanOrEqualTo(r[1]));
    }

    @Test
    void keepsClaimsWithinTheCatalogueAndGivesEachItsEvidence() {
        FrenchMarket market = new FrenchMarket(13);
        List<String> topics = List.of(
                "GDPR_DPA",
                "DATA_LOCATION",
                "BACKUP",
                "ENCRYPTION",
                "INCIDENT_RESPONSE_PLAN",
                "LIABILITY_INSURANCE",
                "ISO_27001",
                "ISO_9001",
                "EXPERT_CYBER",
                "HDS",
                "QUALIOPI");
        for (int i = 0; i < 100; i++) {
            assertThat(market.nextProvider().claims()).allSatisfy(claim -> {
                assertThat(topics).contains(claim.topic());
                assertThat(claim.evidence()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            });
        }
    }
}
