package io.vetted.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReferencesGeneratorTest {

    @Test
    void producesTheSameReferencesFromTheSameSeed() {
        assertThat(new ReferencesGenerator(new Random(5)).reference("Garage Martin"))
                .isEqualTo(new ReferencesGenerator(new Random(5)).reference("Garage Martin"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void producesReferencesThatSatisfyReviewServiceRules() {
        ReferencesGenerator generator = new ReferencesGenerator(new Random(13));
        for (int i = 0; i < 300; i++) {
            Map<String, Object> reference = generator.reference("Pharmacie du Centre");
            assertThat((int) reference.get("rating")).isBetween(1, 5);
            assertThat((Map<String, Integer>) reference.get("criteria")).allSatisfy((criterion, value) -> {
                assertThat(ReferencesGenerator.CRITERIA).contains(criterion);
                assertThat(value).isBetween(1, 5);
            });
            assertThat((String) reference.get("comment")).hasSizeBetween(10, 4000);
            Map<String, Object> engagement = (Map<String, Object>) reference.get("engagement");
            LocalDate start = LocalDate.parse((String) engagement.get("start"));
            assertThat(start).isBefore(LocalDate.now(FrenchMarket.PARIS));
            if (engagement.containsKey("end")) {
                assertThat(LocalDate.parse((String) engagement.get("end")))
                        .isAfterOrEqualTo(start)
                        .isBefore(LocalDate.now(FrenchMarket.PARIS));
            }
            assertThat((List<String>) engagement.get("services")).isNotEmpty();
        }
    }
}
