package io.vetted.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceFilterTest {

    @Test
    void readsAListOpenedWithoutParametersAsTheDefaultOrder() {
        assertThat(ReferenceFilter.of(null, null, null, null, null)).isEqualTo(ReferenceFilter.DEFAULT);
    }

    @Test
    void dropsASortOrCriterionReviewServiceWouldNotKnow() {
        ReferenceFilter filter = ReferenceFilter.of("NEWEST", true, null, "PRICE", 3);

        assertThat(filter).isEqualTo(new ReferenceFilter("RECENT", true, false, null, 3));
    }
}
